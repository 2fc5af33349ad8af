// Every YAML/JSON file under deploy/ parses, and the kinds we ship are all there.
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deployDir, listFiles, parseYamlStrict, repoRoot } from './deploy-files.js'

const files = listFiles(deployDir)

t.test('deploy/ holds YAML and JSON only, each parses', async (t) => {
  t.ok(files.length >= 10, `found ${files.length} files`)
  for (const file of files) {
    const text = readFileSync(join(repoRoot, file), 'utf8')
    if (file.endsWith('.json')) {
      t.doesNotThrow(() => JSON.parse(text), file)
    } else {
      t.match(file, /\.ya?ml$/, `${file} is YAML`)
      t.doesNotThrow(() => parseYamlStrict(text), file)
    }
  }
})

t.test('a broken YAML file would be caught', async (t) => {
  t.throws(() => parseYamlStrict('a: [1, 2\nb: c'))
  t.throws(() => parseYamlStrict('key: 1\nkey: 2'), 'duplicate keys are errors')
})

t.test('every Kubernetes kind is shipped', async (t) => {
  const kinds = files.filter((f) => f.startsWith('deploy/k8s/'))
    .flatMap((f) => parseYamlStrict(readFileSync(join(repoRoot, f), 'utf8')).map((d) => d.kind))
  for (const kind of ['Deployment', 'Service', 'ConfigMap', 'Secret', 'HorizontalPodAutoscaler',
    'PodDisruptionBudget', 'NetworkPolicy', 'ServiceMonitor']) {
    t.ok(kinds.includes(kind), kind)
  }
})
