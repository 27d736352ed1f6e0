#!/usr/bin/env python3
"""Where a .NET process's managed CPU went, from a dotnet-trace sampled-thread-time profile converted to speedscope
(bench/RESULTS.md, 2026-12-05 (b)):
  dotnet-trace collect -p <pid> --profile dotnet-sampled-thread-time --duration 00:00:00:30 --format Speedscope -o host.nettrace
  bench/profile/host-cpu.py host.speedscope.json ['<regex of frames to list>']
Samples whose leaf is CPU_TIME (the thread was in managed code) are split into thread-pool workers spinning for work,
threads held at GC safe points, the socket engine's epoll wait, the finalizer thread, and the work itself, which is
then given by innermost non-CoreLib assembly and as inclusive frames. On a machine with more runnable threads than
cores a thread in managed code may be preempted yet still counted: compare with the process's CPU time from /proc."""
import collections, json, re, sys

profile = json.load(open(sys.argv[1]))
pattern = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
frames = [f['name'] for f in profile['shared']['frames']]
kinds, assemblies, inclusive = collections.Counter(), collections.Counter(), collections.Counter()

def kind(names):
    if any('RunFinalizers' in x for x in names): return 'finalizer thread'
    if any('LowLevelLifoSemaphore' in x for x in names[-3:]) or names[-2].endswith('WorkerThreadStart()'):
        return 'thread pool: spin-waiting for work'
    if any('PollGC' in x for x in names[-3:]): return 'GC: threads held at safe points (PollGC)'
    if any('SocketAsyncEngine.EventLoop' in x for x in names) and names[-2].startswith('?'):
        return 'socket engine in epoll_wait (native wait, not CPU)'
    return 'work'

for thread in profile['profiles']:
    stack, last = [], None
    for event in thread['events']:
        at = event['at']
        if last is not None and stack and at > last and frames[stack[-1]] == 'CPU_TIME':
            names, spent = [frames[i] for i in stack], at - last
            k = kind(names)
            kinds[k] += spent
            if k == 'work':
                inner = next((x for x in reversed(names[:-1]) if not x.startswith(('System.Private.CoreLib', '?'))), 'CoreLib')
                assemblies[inner.split('!')[0]] += spent
                for name in set(names): inclusive[name] += spent
        last = at
        if event['type'] == 'O': stack.append(event['frame'])
        elif stack and stack[-1] == event['frame']: stack.pop()

total, work = sum(kinds.values()), kinds['work'] or 1
for k, v in kinds.most_common(): print(f"{100 * v / total:5.1f}% {v:8.0f} ms  {k}")
print('--- work by innermost assembly (not CoreLib)')
for k, v in assemblies.most_common(15): print(f"{100 * v / work:5.1f}%  {k}")
if pattern:
    print('--- work, inclusive frames matching the pattern')
    for k, v in inclusive.most_common():
        if pattern.search(k) and 'AsyncStateMachineBox' not in k: print(f"{100 * v / work:5.1f}%  {k[:160]}")
