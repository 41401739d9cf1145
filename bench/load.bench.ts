/**
 * npm run bench — load: the CLI as CI runs it on a small machine (issue 11).
 *
 *  1. 8 concurrent `mdparity compare` runs of generated 2 MB pairs (bench/generate.ts),
 *     default settings: all must succeed, however many cores there are (the time
 *     budget counts each comparison's own processor time, not the wait for a core).
 *  2. A 10,000-page tree under `ulimit -n 1024`: must complete with every page compared.
 *  3. Peak RSS (VmHWM of the process, workers included) per MB of input, for the
 *     generated pairs at 0.5, 1 and 2 MB, a 40,000-section pair and a 200,000-link paragraph.
 *
 * A report, with a verdict per check: exits 1 when a check fails. Flags: --quick
 * (smaller sizes). BENCH_JSON=file writes the numbers.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePair, linksParagraph, shortSectionsPair } from './generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/mdparity.js');
const quick = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'mdparity-load-'));

interface Run {
  code: number | null;
  stderr: string;
  seconds: number;
  peakRssMb: number;
}

/** Runs the CLI (through bash when a ulimit is wanted) and samples the process's peak RSS (VmHWM) until it exits. */
function runCli(args: string[], options: { cwd?: string; ulimit?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const command = options.ulimit
      ? spawn('bash', ['-c', `${options.ulimit} && exec "${process.execPath}" "${bin}" ${args.map((arg) => `'${arg}'`).join(' ')}`], {
          cwd: options.cwd ?? work,
        })
      : spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? work });
    const started = Date.now();
    let stderr = '';
    let peak = 0;
    command.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    command.stdout.resume();
    const sample = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${command.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {
        // exited between samples
      }
    }, 50);
    command.on('exit', (code) => {
      clearInterval(sample);
      resolve({ code, stderr, seconds: (Date.now() - started) / 1000, peakRssMb: peak });
    });
  });
}

const results: Record<string, unknown> = { cores: availableParallelism(), loadAverage: loadavg()[0] };
let failed = 0;
const verdict = (name: string, ok: boolean, detail: string) => {
  if (!ok) failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
};

console.log(`mdparity load bench · ${availableParallelism()} cores · load average ${(loadavg()[0] ?? 0).toFixed(1)}\n`);

// 1. Eight concurrent 2 MB compares.
{
  const size = quick ? 512 * 1024 : 2 * 1024 * 1024;
  const pair = generatePair(size, 7);
  writeFileSync(join(work, 'big.en.md'), pair.left);
  writeFileSync(join(work, 'big.de.md'), pair.right);
  const runs = await Promise.all(
    Array.from({ length: 8 }, () => runCli(['compare', 'big.en.md', 'big.de.md', '--fail-on', 'never', '--format', 'json', '--out', `/dev/null`])),
  );
  const ok = runs.every((run) => run.code === 0);
  results.concurrent = runs.map((run) => ({ code: run.code, seconds: run.seconds, peakRssMb: Math.round(run.peakRssMb) }));
  verdict(
    `8 concurrent compares of ${(size / 1024 / 1024).toFixed(1)} MB pairs, default settings`,
    ok,
    `${runs.filter((run) => run.code === 0).length}/8 succeeded; wall ${Math.min(...runs.map((r) => r.seconds)).toFixed(1)}–${Math.max(...runs.map((r) => r.seconds)).toFixed(1)} s${ok ? '' : `; first error: ${runs.find((run) => run.code !== 0)?.stderr.trim()}`}`,
  );
}

// 2. A 10,000-page tree with at most 1,024 open files.
{
  const pages = quick ? 2000 : 10_000;
  const dir = join(work, 'tree');
  for (const side of ['en', 'de']) {
    for (let folder = 0; folder < pages / 100; folder++) {
      mkdirSync(join(dir, side, `f${folder}`), { recursive: true });
      for (let page = 0; page < 100; page++) {
        writeFileSync(
          join(dir, side, `f${folder}`, `p${page}.md`),
          side === 'en'
            ? `# Page ${page}\n\nSee [the guide](/guide/${page}).\n\n- one\n- two\n`
            : `# Seite ${page}\n\nSiehe [die Anleitung](/guide/${page}).\n\n- eins\n- zwei\n`,
        );
      }
    }
  }
  const run = await runCli(['tree', 'en', 'de', '--format', 'json', '--out', join(work, 'tree.json')], { cwd: dir, ulimit: 'ulimit -n 1024' });
  let compared = 0;
  try {
    compared = JSON.parse(readFileSync(join(work, 'tree.json'), 'utf8')).summary.compared;
  } catch {
    // no report
  }
  results.tree = { pages, code: run.code, seconds: run.seconds, peakRssMb: Math.round(run.peakRssMb), compared };
  verdict(
    `${pages.toLocaleString('en')}-page tree under ulimit -n 1024`,
    run.code === 0 && compared === pages,
    `exit ${run.code}, ${compared} compared in ${run.seconds.toFixed(1)} s, peak RSS ${Math.round(run.peakRssMb)} MB${run.code === 0 ? '' : `; ${run.stderr.trim().split('\n')[0]}`}`,
  );
}

// 3. Peak RSS per MB of input.
{
  const shapes: Array<{ name: string; left: string; right: string }> = [];
  for (const mb of quick ? [0.5] : [0.5, 1, 2]) {
    const pair = generatePair(mb * 1024 * 1024, 11);
    shapes.push({ name: `generated ${mb} MB pair`, left: pair.left, right: pair.right });
  }
  const sections = quick ? 10_000 : 40_000;
  shapes.push({ name: `${sections.toLocaleString('en')} short sections`, ...shortSectionsPair(sections) });
  const links = quick ? 50_000 : 200_000;
  const paragraph = linksParagraph(links);
  shapes.push({ name: `${links.toLocaleString('en')} links in one paragraph`, left: paragraph, right: paragraph });
  const rows: Array<{
    name: string;
    ordinary: boolean;
    inputMb: number;
    code: number | null;
    seconds: number;
    peakRssMb: number;
    rssPerInputMb: number;
  }> = [];
  console.log('\npeak RSS per MB of input (both files), one compare at a time, default settings:');
  for (const shape of shapes) {
    writeFileSync(join(work, 'rss.en.md'), shape.left);
    writeFileSync(join(work, 'rss.de.md'), shape.right);
    const inputMb = (Buffer.byteLength(shape.left) + Buffer.byteLength(shape.right)) / 1024 / 1024;
    const run = await runCli(['compare', 'rss.en.md', 'rss.de.md', '--fail-on', 'never', '--format', 'json', '--out', '/dev/null']);
    const perMb = run.peakRssMb / inputMb;
    rows.push({
      name: shape.name,
      ordinary: shape.name.startsWith('generated'),
      inputMb: +inputMb.toFixed(2),
      code: run.code,
      seconds: run.seconds,
      peakRssMb: Math.round(run.peakRssMb),
      rssPerInputMb: Math.round(perMb),
    });
    console.log(
      `  ${shape.name.padEnd(34)} input ${inputMb.toFixed(2).padStart(6)} MB  exit ${run.code}  ${run.seconds.toFixed(1).padStart(6)} s  peak ${Math.round(run.peakRssMb).toString().padStart(5)} MB  ${Math.round(perMb).toString().padStart(5)} MB per MB${run.code === 0 ? '' : `  (${run.stderr.trim().split('\n')[0]})`}`,
    );
  }
  results.rss = rows;
  // Many short sections and one paragraph of links have far more parser events and blocks per byte than
  // prose: they may cost more per MB, within a ratio of the generated pair nearest in size, measured in
  // the same run. Measured (issue 11): 40,000 sections 3.6× the 1 MB pair, 200,000 links (9 MB) 4× the 2 MB pair; the
  // aim is 2× (what remains is the document model's cost per block and per link: README, "Memory grows").
  const allowed = 4.5;
  const ordinary = rows.filter((row) => row.ordinary);
  for (const row of rows.filter((row) => !row.ordinary)) {
    const reference = ordinary.reduce((best, other) => (Math.abs(other.inputMb - row.inputMb) < Math.abs(best.inputMb - row.inputMb) ? other : best));
    const ratio = row.rssPerInputMb / reference.rssPerInputMb;
    verdict(
      `peak RSS per MB of ${row.name}`,
      row.code === 0 && ratio <= allowed,
      `exit ${row.code}, ${row.rssPerInputMb} MB per MB: ${ratio.toFixed(1)}× the ${reference.name}'s ${reference.rssPerInputMb} (at most ${allowed}×)`,
    );
  }
}

if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
rmSync(work, { recursive: true, force: true });
console.log(failed === 0 ? '\nload: every check passed' : `\nload: ${failed} check(s) failed`);
process.exitCode = failed === 0 ? 0 : 1;
