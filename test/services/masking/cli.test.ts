// Spawns the real bin (as `npx aws-masker` would) from another working directory.
import t, { type Test } from 'tap'
import { PassThrough } from 'node:stream'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile, readdir, stat, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { namedDocument, plantedCorpus } from '../../helpers/aws-corpus.js'
import { main } from '../../../services/masking/cli.js'

const BIN = fileURLToPath(new URL('../../../bin/aws-masker.js', import.meta.url))
const REFERENCE_SAMPLES = '/work/shared/samples/reference'

interface Run { code: number | null, stdout: Buffer, stderr: string }

function run (args: string[], cwd: string, stdin?: Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let err = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString() })
    child.on('error', reject)
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout: Buffer.concat(out), stderr: err }) })
    child.stdin.end(stdin)
  })
}

const dir = await mkdtemp(join(tmpdir(), 'aws-masker-cli-'))
t.teardown(() => rm(dir, { recursive: true, force: true }))

async function roundTrip (t: Test, name: string, content: Buffer, planted: string[] = []) {
  const input = join(dir, name)
  const map = join(dir, `${name}.map.json`)
  await writeFile(input, content)
  const masked = await run(['mask', input, '--map', map], dir)
  t.equal(masked.code, 0, `${name}: mask exits 0`)
  const maskedText = masked.stdout.toString('utf8')
  for (const value of planted) t.notOk(maskedText.includes(value), `${name}: ${value.slice(0, 4)}… does not survive`)
  t.notOk(masked.stderr.split('\n').slice(1).some((line) => planted.some((value) => line.includes(value))), 'stderr holds counts only')
  t.equal((await stat(map)).mode & 0o777, 0o600, 'the mapping file is private')
  const restored = await run(['unmask', '--map', map], dir, masked.stdout)
  t.equal(restored.code, 0)
  t.ok(restored.stdout.equals(content), `${name}: round trip is byte for byte`)
  return { maskedText, stderr: masked.stderr }
}

t.test('masks a text file and restores it byte for byte', async (t) => {
  const corpus = plantedCorpus(7, 30_000)
  const shaped = corpus.planted.filter((value) => /^(?:[a-z]+-[0-9a-f]{8}(?:[0-9a-f]{9})?|[0-9]{12}|AKIA.*)$/.test(value))
  const text = `\uFEFF${corpus.text}\r\nno trailing newline, literal SUBNET_1 and EC2_INSTANCE_2`
  const { maskedText, stderr } = await roundTrip(t, 'mixed.txt', Buffer.from(text, 'utf8'), shaped)
  t.match(stderr, /masked \d+ distinct value\(s\)\n( {2}[a-z0-9_]+: \d+\n)+$/)
  t.match(stderr, /ec2_instance: \d+/)
  t.match(maskedText, /TOKEN_LITERAL_\d+ and TOKEN_LITERAL_\d+$/, 'literal tokens are masked too')
})

t.test('a JSON file round-trips and stays valid JSON', async (t) => {
  const doc = namedDocument('describeInstances', 3)
  const { maskedText } = await roundTrip(t, 'instances.json', Buffer.from(doc.text), doc.planted)
  t.doesNotThrow(() => JSON.parse(maskedText))
})

/** Runs main() in process (same code as the bin, without a process start per sample). */
async function runInProcess (args: string[], stdin: Buffer = Buffer.alloc(0)): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  let err = ''
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => { err += chunk.toString() })
  const input = new PassThrough()
  input.end(stdin)
  const code = await main(args, { stdin: input, stdout, stderr })
  return { code, stdout: Buffer.concat(out), stderr: err }
}

t.test('the reference implementation\'s own samples round-trip', async (t) => {
  for (const name of await readdir(REFERENCE_SAMPLES)) {
    const content = await readFile(join(REFERENCE_SAMPLES, name))
    const map = join(dir, `ref-${name}.map.json`)
    const masked = await runInProcess(['mask', join(REFERENCE_SAMPLES, name), '--map', map])
    t.equal(masked.code, 0)
    if (name.endsWith('.json')) t.not(masked.stdout.toString(), content.toString(), `${name}: something was masked`)
    const restored = await runInProcess(['unmask', '--map', map], masked.stdout)
    t.ok(restored.stdout.equals(content), `${name}: round trip is byte for byte`)
  }
})

t.test('stdin to stdout without a map', async (t) => {
  const res = await run(['mask'], dir, Buffer.from('owner 123456789012\n'))
  t.equal(res.code, 0)
  t.equal(res.stdout.toString(), 'owner ACCOUNT_ID_1\n')
  t.match(res.stderr, /account_id: 1/)
})

t.test('usage errors and unreadable input', async (t) => {
  t.equal((await run([], dir)).code, 2, 'the bin passes the exit code on')
  t.equal((await runInProcess(['unmask', 'file.txt'])).code, 2, 'unmask needs --map')
  t.equal((await runInProcess(['mask', '--bogus'])).code, 2)
  t.equal((await runInProcess(['mask', 'a', 'b'])).code, 2)
  const help = await runInProcess(['--help'])
  t.equal(help.code, 0)
  t.match(help.stdout.toString(), /usage: aws-masker mask/)
  const missing = await runInProcess(['mask', join(dir, 'missing.txt')])
  t.equal(missing.code, 1)
  t.match(missing.stderr, /ENOENT/)
  await writeFile(join(dir, 'bad-map.json'), '{"tokens":1}')
  const badMap = await runInProcess(['unmask', '--map', join(dir, 'bad-map.json')], Buffer.from('x'))
  t.equal(badMap.code, 1)
  t.match(badMap.stderr, /not an aws-masker mapping file/)
})
