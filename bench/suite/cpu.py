#!/usr/bin/env python3
"""CPU seconds (user + sys) of a command and of everything it starts, daemons included.

    bench/suite/cpu.py dotnet test tests/Nanchuan.Incentives.Tests --no-build

On a machine shared with other work, wall time says little; the CPU a run needs does not depend on the load. This
process makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), so processes that detach from the command's tree
(the PostgreSQL cluster `pg_ctl` starts for the tests, MSBuild nodes, the compiler server) are reparented to it and their
CPU, with that of their own children (PostgreSQL backends), is counted when they end. Processes still running when the
command has ended and WAIT seconds (default 60) have passed are counted as far as /proc shows them, and named.
Prints one line: wall, user, sys, user+sys, and the count of leftover processes.
"""
import ctypes, os, resource, signal, sys, time

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
wait_after = float(os.environ.get("WAIT", "60"))
hz = os.sysconf("SC_CLK_TCK")

started = time.monotonic()
root = os.fork()
if root == 0:
    os.execvp(sys.argv[1], sys.argv[1:])

status = 0
deadline = None
while True:
    try:
        pid, st, _ = os.wait4(-1, os.WNOHANG if deadline else 0)
    except ChildProcessError:
        break
    if pid == root:
        status = os.waitstatus_to_exitcode(st)
        wall = time.monotonic() - started
        deadline = time.monotonic() + wait_after
    if deadline:
        if pid == 0:
            if time.monotonic() > deadline: break
            time.sleep(0.2)

leftover_cpu, leftovers = 0.0, []
for entry in os.listdir("/proc"):
    if not entry.isdigit(): continue
    try:
        fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        if int(fields[1]) != os.getpid(): continue
        leftover_cpu += sum(int(f) for f in fields[11:15]) / hz
        leftovers.append(open(f"/proc/{entry}/cmdline").read().replace("\0", " ")[:80])
    except OSError:
        pass

usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"cpu.py: exit {status} wall {wall:.1f}s user {usage.ru_utime:.1f}s sys {usage.ru_stime:.1f}s "
      f"cpu {usage.ru_utime + usage.ru_stime + leftover_cpu:.1f}s (leftovers {len(leftovers)}: {leftover_cpu:.1f}s {leftovers})",
      file=sys.stderr)
sys.exit(status)
