// Times pinyin-pro on the same lines `tingbao pinyin` reads (see bench/README.md).
// usage: NODE_PATH=<dir with node_modules> node bench_pinyin_pro.js TEXT_FILE [RUNS]
// Prints "chars=N wall=S cpu=S" (best of RUNS) on stdout; the text is read and the dictionary
// loaded before the clock starts. CPU time is reported because a shared machine's wall clock
// says more about its other users than about either program.
'use strict';
const fs = require('fs');
const { pinyin } = require('pinyin-pro');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const runs = Number(process.argv[3] || 3);
let chars = 0;
for (const l of lines) chars += [...l].length;
pinyin('预热', { toneType: 'num' });
let bestWall = Infinity, bestCpu = Infinity;
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let out = 0;
  for (const l of lines) out += pinyin(l, { toneType: 'num', type: 'array' }).length;
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  bestWall = Math.min(bestWall, wall);
  bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
}
console.log(`chars=${chars} wall=${bestWall.toFixed(4)} cpu=${bestCpu.toFixed(4)}`);
