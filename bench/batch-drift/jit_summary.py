# Summarises a HotSpot -XX:+LogCompilation file: C2 (level 4) compiles of methods whose name holds PATTERN, in time
# order, with code size, inlined bytes, times made not entrant and failed inlines. Usage: jit_summary.py N.log [PATTERN]
import re,sys,collections
# summarise a HotSpot LogCompilation file: per method, C2 compiles, sizes, deopts; inline failures per C2 task
attr=re.compile(r"(\w+)='([^']*)'")
def parse(fn, pat):
    tasks={}  # id -> dict
    nm={}     # compile_id -> nmethod attrs
    nonentrant=collections.Counter()
    traps=collections.Counter()
    cur=None; methods={}; klasses={}; stack=[]
    for line in open(fn, errors='replace'):
        s=line.strip()
        if s.startswith('<nmethod '):
            a=dict(attr.findall(s)); nm[a.get('compile_id')]=a
        elif s.startswith('<make_not_entrant'):
            a=dict(attr.findall(s)); nonentrant[a.get('compile_id')]+=1
        elif s.startswith('<uncommon_trap') and 'reason' in s and 'method=' in s:
            a=dict(attr.findall(s)); traps[(a.get('method'),a.get('reason'),a.get('action'))]+=1
        elif s.startswith('<task ') :
            a=dict(attr.findall(s)); cur={'a':a,'fails':[], 'ok':[]}; tasks[a['compile_id']]=cur; methods={}; klasses={}; stack=[]; lastcall=None
        elif cur is not None:
            if s.startswith('<klass '):
                a=dict(attr.findall(s)); klasses[a['id']]=a['name']
            elif s.startswith('<method '):
                a=dict(attr.findall(s)); methods[a['id']]=klasses.get(a.get('holder'),'?').split('/')[-1]+'.'+a['name']+' '+a.get('bytes','')
            elif s.startswith('<call '):
                a=dict(attr.findall(s)); lastcall=methods.get(a['method'],a['method'])
            elif s.startswith('<inline_fail'):
                a=dict(attr.findall(s)); cur['fails'].append((stack[-1] if stack else '', lastcall, a.get('reason')))
            elif s.startswith('<inline_success'):
                cur['ok'].append((stack[-1] if stack else '', lastcall))
            elif s.startswith('<parse ') :
                a=dict(attr.findall(s)); stack.append(methods.get(a['method'],a['method']))
            elif s.startswith('</parse'):
                if stack: stack.pop()
            elif s.startswith('<task_done'):
                a=dict(attr.findall(s)); cur['done']=a
            elif s.startswith('</task'):
                cur=None
    return tasks,nm,nonentrant,traps
if __name__=='__main__':
    fn=sys.argv[1]; pat=sys.argv[2] if len(sys.argv)>2 else 'org.chokepoint'
    tasks,nm,ne,traps=parse(fn,pat)
    rows=[]
    for cid,t in tasks.items():
        a=t['a']; m=a['method']
        name=m.split(' ')[0].split('/')[-1]+'.'+m.split(' ')[1]
        if pat not in name: continue
        lvl=nm.get(cid,{}).get('level', a.get('level','?'))
        if lvl!='4': continue
        d=t.get('done',{})
        rows.append((float(a.get('stamp',0)),cid,name,a.get('osr_bci',''),d.get('nmsize',''),d.get('inlined_bytes',''),ne.get(cid,0),len(t['fails'])))
    rows.sort()
    for r in rows: print('%8.2f id=%-6s %-70s osr=%-4s nmsize=%-6s inl=%-6s ne=%d fails=%d'%r)
