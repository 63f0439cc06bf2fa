// Package pgtest runs a throwaway PostgreSQL server for the tests: a
// cluster made with initdb in a temporary folder, listening on a Unix
// socket in that folder and, with TLS only (a self-signed certificate),
// on 127.0.0.1 at a free port; removed by Stop. It uses Debian's postgresql
// package (make test installs it). As root, initdb and postgres refuse to
// run, so they run as the user nobody, the folder handed over to it.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"baocao/report/reporttest/readers"

	"github.com/jackc/pgx/v5"
)

// Admin is the cluster's superuser.
const Admin = "baocao_test"

// PasswordRole is the group whose members log in with a password; the
// other roles are trusted.
const PasswordRole = "baocao_pw"

// Server is a running throwaway cluster.
type Server struct {
	dir, bin string
	port     int    // the TCP port on 127.0.0.1
	cert     string // the server's certificate (and the client's root)
	nobody   bool   // run initdb and postgres as nobody (we are root)

	mu   sync.Mutex
	proc *exec.Cmd
	exit chan struct{}
	dbs  atomic.Int64
}

// bindir finds the folder of initdb and postgres: on PATH, else the
// newest /usr/lib/postgresql/*/bin.
func bindir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "postgres")); err == nil {
			return d, nil
		}
	}
	return "", errors.New("no initdb/postgres found (Debian package postgresql)")
}

func version(dir string) int {
	var v int
	fmt.Sscanf(filepath.Base(filepath.Dir(dir)), "%d", &v)
	return v
}

// Start makes and starts a cluster. The error says what is missing.
func Start() (*Server, error) {
	bin, err := bindir()
	if err != nil {
		return nil, err
	}
	// As root the server runs as nobody, who must reach the folder: /tmp
	// is open to everyone, a TMPDIR under /root may not be.
	parent := ""
	if os.Geteuid() == 0 {
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, "pgtest-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		s.nobody = true
		if err := os.Chown(dir, 65534, 65534); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	out, err := s.command("initdb", "-D", s.data(), "-U", Admin, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync").CombinedOutput()
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	// Members of PasswordRole must give their password (the tests of the
	// password file); everyone else is trusted on the socket. Over TCP,
	// only TLS connections are taken.
	hba := filepath.Join(s.data(), "pg_hba.conf")
	conf, err := os.ReadFile(hba)
	if err == nil {
		err = os.WriteFile(hba, append([]byte("local all +"+PasswordRole+" scram-sha-256\nhostnossl all all all reject\n"), conf...), 0o600)
	}
	var key string
	if err == nil {
		s.cert, key, err = writeCert(s.data())
	}
	if err == nil && s.nobody {
		err = os.Chown(key, 65534, 65534)
	}
	if err == nil {
		s.port, err = freePort()
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := s.Up(); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

// Socket is the folder of the server's Unix socket.
func (s *Server) Socket() string { return s.dir }

func (s *Server) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.nobody {
		asNobody(cmd)
	}
	return cmd
}

// Up starts the server (again) and waits until it takes connections.
func (s *Server) Up() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc != nil {
		return nil
	}
	logf, err := os.OpenFile(filepath.Join(s.dir, "server.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	if s.nobody {
		os.Chown(logf.Name(), 65534, 65534)
	}
	cmd := s.command("postgres", "-D", s.data(), "-k", s.dir, "-c", "listen_addresses=127.0.0.1", "-p", fmt.Sprint(s.port),
		"-c", "ssl=on", "-c", "ssl_cert_file=server.crt", "-c", "ssl_key_file=server.key",
		"-c", "fsync=off", "-c", "max_connections=200", "-c", "shared_buffers=32MB")
	cmd.Stdout, cmd.Stderr = logf, logf
	withParent(cmd)
	if err := cmd.Start(); err != nil {
		logf.Close()
		return err
	}
	exit := make(chan struct{})
	go func() { cmd.Wait(); logf.Close(); close(exit) }()
	s.proc, s.exit = cmd, exit
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		c, err := pgx.Connect(ctx, s.DSN("postgres", Admin))
		cancel()
		if err == nil {
			c.Close(context.Background())
			return nil
		}
		select {
		case <-exit:
			log, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
			s.proc = nil
			return fmt.Errorf("postgres stopped as it started: %s", log)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres takes no connection after 30 seconds: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Down stops the server (fast shutdown: clients are disconnected), as a
// server that goes away in the middle of the clerks' work.
func (s *Server) Down() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc == nil {
		return
	}
	s.proc.Process.Signal(syscall.SIGINT)
	select {
	case <-s.exit:
	case <-time.After(30 * time.Second):
		s.proc.Process.Kill()
		<-s.exit
	}
	s.proc = nil
}

// Stop stops the server and removes its folder.
func (s *Server) Stop() {
	if s == nil {
		return
	}
	s.Down()
	os.RemoveAll(s.dir)
}

// DSN is the URL of database db as user, over the Unix socket.
func (s *Server) DSN(db, user string) string {
	return fmt.Sprintf("postgres://%s@/%s?host=%s&port=%d&sslmode=disable", user, db, s.dir, s.port)
}

// TCP is the URL of database db as user over TCP (where the server takes
// TLS only), with the query query ("sslmode=require").
func (s *Server) TCP(db, user, query string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?%s", user, s.port, db, query)
}

// Cert is the file of the server's certificate, the root a client checks
// it with (sslrootcert).
func (s *Server) Cert() string { return s.cert }

// Exec runs statements as the superuser in database db.
func (s *Server) Exec(db string, stmts ...string) error {
	ctx := context.Background()
	c, err := pgx.Connect(ctx, s.DSN(db, Admin))
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	for _, q := range stmts {
		if _, err := c.Exec(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// NewDatabase creates an empty database and returns its name.
func (s *Server) NewDatabase() (string, error) {
	name := fmt.Sprintf("t%d", s.dbs.Add(1))
	return name, s.Exec("postgres", "CREATE DATABASE "+name)
}

// Fresh creates an empty database for t and returns the superuser's URL
// of it.
func (s *Server) Fresh(t testing.TB) string {
	t.Helper()
	name, err := s.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	return s.DSN(name, Admin)
}

// Need returns the server, or skips t (fails it in CI, or with
// BAOCAO_REQUIRE_TOOLS set) when it could not be started.
func Need(t testing.TB, s *Server, startErr error) *Server {
	t.Helper()
	if s == nil {
		msg := "could not start a PostgreSQL server for the tests (Debian package postgresql)"
		if startErr != nil {
			msg += ": " + strings.TrimSpace(startErr.Error())
		}
		readers.Missing(t, "%s", msg)
	}
	return s
}

// Port is the server's port (TCP, and the number in its socket's name).
func (s *Server) Port() int { return s.port }

// Run runs the tests of m (from TestMain) with a throwaway configuration
// folder (XDG_CONFIG_HOME: the journals of shared archives stay out of the
// real one) and the server started, stored in *srv and *startErr for
// Need; both are removed afterwards. It returns m.Run's exit code.
func Run(m *testing.M, srv **Server, startErr *error) int {
	cfg, err := os.MkdirTemp("", "baocao-cfg-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	defer os.RemoveAll(cfg)
	os.Setenv("XDG_CONFIG_HOME", cfg)
	*srv, *startErr = Start()
	defer (*srv).Stop()
	return m.Run()
}
