package main

import (
	"errors"
	"flag"
	"fmt"

	"baocao/report/flow"
	"baocao/report/store"
)

// finalize marks a stored report đã chốt, as “Chốt báo cáo” in the app
// does: a report with errors is refused, its errors listed.
func (c *cli) finalize(args []string) error {
	s, id, err := storedReport(flag.NewFlagSet("finalize", flag.ContinueOnError), args)
	if err != nil {
		return err
	}
	defer s.Close()
	err = flow.Finalize(s, id, store.SaveOptions{Author: flow.User()})
	var pe *flow.ProblemsError
	if errors.As(err, &pe) {
		c.printProblems(fmt.Sprintf("báo cáo %d", id), pe.Problems)
		fmt.Fprintf(c.stderr, "chưa chốt báo cáo %d: %v\n", id, err)
		return errReported
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "đã chốt báo cáo %d\n", id)
	return nil
}

// reopen makes a final report editable again, as “Mở lại để sửa” does.
func (c *cli) reopen(args []string) error {
	s, id, err := storedReport(flag.NewFlagSet("reopen", flag.ContinueOnError), args)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := flow.Reopen(s, id, store.SaveOptions{Author: flow.User()}); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "đã mở lại báo cáo %d để sửa\n", id)
	return nil
}
