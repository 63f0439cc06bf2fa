package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"baocao/report/store/pgtest"
)

// The test binary doubles as a second copy of the app: with
// BAOCAO_STORE_CHILD=1 it runs childSaves instead of the tests.
func TestMain(m *testing.M) {
	if os.Getenv("BAOCAO_STORE_CHILD") == "1" {
		if err := childSaves(); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	code := pgtest.Run(m, &pg, &pgErr)
	if fixture.dir != "" {
		os.RemoveAll(fixture.dir)
	}
	os.Exit(code)
}

// childSaves saves report after report into BAOCAO_STORE_DB and prints
// "saved ID REV VALUE" once each save has committed: VALUE is the llct.lop
// figure revision REV of report ID must hold from then on. It stops after
// BAOCAO_STORE_SAVES saves (never when 0). With BAOCAO_STORE_FINALIZE=1 it
// also finalizes and reopens reports now and then.
func childSaves() error {
	seed, _ := strconv.Atoi(os.Getenv("BAOCAO_STORE_SEED"))
	max, _ := strconv.Atoi(os.Getenv("BAOCAO_STORE_SAVES"))
	finalize := os.Getenv("BAOCAO_STORE_FINALIZE") == "1"
	s, err := Open(os.Getenv("BAOCAO_STORE_DB"))
	if err != nil {
		return err
	}
	defer s.Close()
	// Checkpoint often, so that kills also land in the middle of one.
	if !s.db.pg {
		if _, err := s.db.Exec("PRAGMA wal_autocheckpoint = 40"); err != nil {
			return err
		}
	}
	for i := 0; max == 0 || i < max; i++ {
		v := int64(seed)*1_000_000 + int64(i)
		r := withFigure(sample(2000+i%5), "llct.lop", v)
		id, rev, err := s.Put(r, SaveOptions{Author: "con"})
		if errors.Is(err, ErrFinal) {
			// Killed between Finalize and Reopen last time.
			e, _, ferr := s.Find(r.Organization, r.Period)
			if ferr != nil {
				return ferr
			}
			if err := s.Reopen(e.ID, SaveOptions{}); err != nil {
				return err
			}
			id, rev, err = s.Put(r, SaveOptions{Author: "con"})
		}
		if err != nil {
			return err
		}
		if _, err := fmt.Printf("saved %d %d %d\n", id, rev, v); err != nil {
			return err
		}
		if finalize && i%7 == 3 {
			if err := s.Finalize(id, SaveOptions{}); err != nil {
				return err
			}
			if err := s.Reopen(id, SaveOptions{}); err != nil {
				return err
			}
		}
	}
	return nil
}

// child starts the test binary as a saving child process.
func child(t *testing.T, path string, seed, saves int, finalize bool) (*exec.Cmd, io.Reader, *bytes.Buffer) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(),
		"BAOCAO_STORE_CHILD=1",
		"BAOCAO_STORE_DB="+path,
		fmt.Sprintf("BAOCAO_STORE_SEED=%d", seed),
		fmt.Sprintf("BAOCAO_STORE_SAVES=%d", saves))
	if finalize {
		cmd.Env = append(cmd.Env, "BAOCAO_STORE_FINALIZE=1")
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, stdout, &stderr
}

type savedRev struct {
	id  int64
	rev int
}

// readSaved collects the "saved" lines of a child until its output ends.
func readSaved(t *testing.T, r io.Reader, into map[savedRev]int64) int {
	n := 0
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		var k savedRev
		var v int64
		if _, err := fmt.Sscanf(sc.Text(), "saved %d %d %d", &k.id, &k.rev, &v); err != nil {
			t.Errorf("child said %q", sc.Text())
			continue
		}
		into[k] = v
		n++
	}
	return n
}

// checkSaved opens the archive and checks that it is sound and holds every
// save reported done.
func checkSaved(t *testing.T, path string, saved map[savedRev]int64) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("the archive does not open after the kill: %v", err)
	}
	defer s.Close()
	integrity(t, s)
	for k, v := range saved {
		r, err := s.Revision(k.id, k.rev)
		if err != nil {
			t.Fatalf("report %d revision %d was reported saved and is lost: %v", k.id, k.rev, err)
		}
		if got := figureValue(r, "llct.lop"); got != v {
			t.Fatalf("report %d revision %d holds %d, was saved with %d", k.id, k.rev, got, v)
		}
	}
	if _, err := s.List(); err != nil {
		t.Fatal(err)
	}
}

// TestKillWhileSaving kills (SIGKILL) a child process that saves as fast as
// it can at random moments, 30 times over, and checks after each kill that
// the archive opens, passes integrity_check and holds every save the
// child reported.
func TestKillWhileSaving(t *testing.T) {
	if raceDetector {
		// The child runs several times slower: the kills come before
		// its first save. The run without the detector covers this.
		t.Skip("skipped under -race: the child is too slow for the test to mean anything")
	}
	forBackends(t, testKillWhileSaving)
}

func testKillWhileSaving(t *testing.T, b backend) {
	path := b.dsn(t)
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	t.Logf("random seed %d", seed)
	saved := map[savedRev]int64{}
	const rounds = 30
	total := 0
	for round := 1; round <= rounds; round++ {
		cmd, stdout, stderr := child(t, path, round, 0, true)
		done := make(chan int)
		got := map[savedRev]int64{}
		go func() { done <- readSaved(t, stdout, got) }()
		// From "still opening" to "well into its saves".
		time.Sleep(time.Duration(rng.Intn(400)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		n := <-done
		cmd.Wait()
		if stderr.Len() > 0 {
			t.Fatalf("round %d: the child failed: %s", round, stderr)
		}
		// This round's saves now; all of them again at the end (a later
		// kill must not lose an earlier save either).
		checkSaved(t, path, got)
		for k, v := range got {
			saved[k] = v
		}
		total += n
	}
	checkSaved(t, path, saved)
	t.Logf("%d kills, %d completed saves checked", rounds, total)
	if total < rounds {
		t.Fatalf("only %d saves completed in %d rounds: the kills came too early to prove anything", total, rounds)
	}
}

// TestTwoCopiesWriteTogether runs a child process saving into the archive
// while this process saves into it through two Stores from several
// goroutines: every save lands (or reports ErrBusy), nothing is damaged.
func TestTwoCopiesWriteTogether(t *testing.T) { forBackends(t, testTwoCopiesWriteTogether) }

func testTwoCopiesWriteTogether(t *testing.T, b backend) {
	path := b.dsn(t)
	s1, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s1.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()

	const childSavesN, perWorker = 150, 40
	cmd, stdout, stderr := child(t, path, 7, childSavesN, false)
	childSaved := map[savedRev]int64{}
	childDone := make(chan int)
	go func() { childDone <- readSaved(t, stdout, childSaved) }()

	var mu sync.Mutex
	saved := map[savedRev]int64{}
	busy := 0
	var wg sync.WaitGroup
	for w, s := range []*Store{s1, s1, s2, s2} {
		wg.Add(1)
		go func(w int, s *Store) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				v := int64(100+w)*1_000_000 + int64(i)
				// The same reports the child writes, and reads in between.
				id, rev, err := s.Put(withFigure(sample(2000+i%5), "llct.lop", v), SaveOptions{})
				if _, lerr := s.List(); lerr != nil && !errors.Is(lerr, ErrBusy) {
					t.Errorf("List: %v", lerr)
				}
				mu.Lock()
				switch {
				case errors.Is(err, ErrBusy):
					busy++
				case err != nil:
					t.Errorf("worker %d save %d: %v", w, i, err)
				default:
					saved[savedRev{id, rev}] = v
				}
				mu.Unlock()
			}
		}(w, s)
	}
	wg.Wait()
	n := <-childDone
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v %s", err, stderr)
	}
	if n != childSavesN {
		t.Errorf("child completed %d saves, want %d", n, childSavesN)
	}
	if len(saved)+busy != 4*perWorker {
		t.Errorf("%d saves landed + %d busy, want %d", len(saved), busy, 4*perWorker)
	}
	t.Logf("%d saves from this process (%d busy), %d from the child", len(saved), busy, n)
	for k, v := range childSaved {
		if _, dup := saved[k]; dup {
			t.Fatalf("report %d revision %d reported saved by both processes", k.id, k.rev)
		}
		saved[k] = v
	}
	checkSaved(t, path, saved)
	// Every revision is one of the saves: none lost, none invented.
	var revisions int
	s1.db.QueryRow("SELECT count(*) FROM revision").Scan(&revisions)
	if revisions != len(saved) {
		t.Errorf("%d revisions stored for %d saves", revisions, len(saved))
	}
}
