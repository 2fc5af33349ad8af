// Probe paths, ports and timings in the Dockerfile, compose, Kong and Kubernetes agree with the app.
import t from 'tap'
import { loadConfig } from '../../config.js'
import { readText, readYaml, type Doc } from './deploy-files.js'

const appPort = loadConfig({}).PORT
const compose = readYaml('deploy/docker-compose.yml')
const deployment = readYaml('deploy/k8s/deployment.yaml')
const container = deployment.spec.template.spec.containers[0]

t.test('the app answers the probe paths the manifests use', async (t) => {
  const { buildApp } = await import('../../app.js')
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }))
  t.teardown(() => app.close())
  t.equal((await app.inject('/health')).statusCode, 200, '/health is 200')
  const ready = await app.inject('/health/ready')
  t.ok([200, 503].includes(ready.statusCode), `/health/ready exists (${ready.statusCode})`)
  t.equal((await app.inject('/metrics')).statusCode, 200, '/metrics is 200')
})

t.test('Dockerfile: multi-stage, compiled JS, non-root, port, health check', async (t) => {
  const dockerfile = readText('Dockerfile')
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)]
  t.ok(stages.length >= 2, 'multi-stage')
  t.match(dockerfile, /^ARG NODE_IMAGE=node:(20|22)-slim$/m, 'node slim base')
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))
  t.match(runtime, /npm ci --omit=dev/, 'production dependencies only in the runtime stage')
  t.match(runtime, /COPY --from=build \/app\/dist \.\/dist/, 'dist only')
  t.notMatch(runtime, /^COPY (?!--from)(?!package)/m, 'no source copied into the runtime stage')
  t.match(runtime, new RegExp(`^EXPOSE ${appPort}$`, 'm'), `EXPOSE ${appPort}`)
  const user = /^USER (\d+)(?::(\d+))?$/m.exec(runtime)
  t.ok(user !== null && Number(user[1]) > 0, 'numeric non-root USER')
  t.equal(String(container.securityContext?.runAsUser ?? deployment.spec.template.spec.securityContext.runAsUser), user?.[1], 'k8s runs as the image user')
  t.match(runtime, /HEALTHCHECK --interval=30s --timeout=10s --start-period=40s --retries=3/)
  t.match(runtime, /HEALTHCHECK[\s\S]*fetch\('http:\/\/127\.0\.0\.1:'\+\(process\.env\.PORT\|\|3000\)\+'\/health'\)/)
  t.match(runtime, /^CMD \["node", "dist\/server\.js"\]$/m)
})

t.test('.dockerignore keeps the sources tsconfig.build.json compiles, drops local state', async (t) => {
  const ignored = readText('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  const build = JSON.parse(readText('tsconfig.build.json')) as { include: string[] }
  for (const pattern of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', ...build.include]) {
    const top = pattern.split('/')[0]
    t.notOk(ignored.includes(top), `${top} reaches the build context`)
  }
  for (const local of ['node_modules', '.git', '.env', 'dist']) t.ok(ignored.includes(local), `${local} is ignored`)
  t.match(readText('Dockerfile'), /^COPY \. \.$/m, 'build stage copies the filtered context')
})

t.test('compose: service health check, Redis URL, Kong DB-less, health-check timings', async (t) => {
  const svc = compose.services['aws-masker']
  t.match(svc.healthcheck.test.join(' '), new RegExp(`127\\.0\\.0\\.1:${appPort}/health'`))
  t.equal(svc.environment.REDIS_URL, 'redis://redis:6379')
  t.ok(compose.services.redis, 'redis service')
  t.equal(svc.environment.PORT, String(appPort))
  const kong = compose.services.kong
  t.equal(kong.environment.KONG_DATABASE, 'off')
  const mount = (kong.volumes as string[]).find((v) => v.split(':')[1] === kong.environment.KONG_DECLARATIVE_CONFIG)
  t.equal(mount?.split(':')[0], './kong/kong.yml', 'declarative config mounted from deploy/kong/kong.yml')
  t.same(kong.healthcheck.test, ['CMD', 'kong', 'health'])
  for (const [name, s] of Object.entries<Doc>(compose.services)) {
    t.match(s.healthcheck, { interval: '30s', timeout: '10s', retries: 3, start_period: '40s' }, `${name} health-check timings`)
  }
  const grace = Number(/^(\d+)s$/.exec(svc.stop_grace_period)?.[1])
  t.ok(grace * 1000 > Number(svc.environment.SHUTDOWN_TIMEOUT_MS), 'stop_grace_period exceeds the drain time')
})

t.test('Kong routes the service paths to the service, unbuffered', async (t) => {
  const kongService = readYaml('deploy/kong/kong.yml').services[0]
  const url = new URL(kongService.url)
  t.ok(compose.services[url.hostname], `${url.hostname} is a compose service`)
  t.equal(Number(url.port), appPort)
  t.ok(kongService.read_timeout > loadConfig({}).UPSTREAM_DEADLINE_MS, 'read_timeout exceeds UPSTREAM_DEADLINE_MS')
  const routes: Doc[] = kongService.routes
  for (const path of ['/analyze', '/v1', '/health']) {
    const route = routes.find((r) => r.paths.includes(path))
    t.ok(route, `${path} routed`)
    t.equal(route?.response_buffering, false, `${path} streams`)
    t.equal(route?.strip_path, false, `${path} keeps its path`)
  }
  const scrape = readYaml('deploy/prometheus/prometheus.yml').scrape_configs.find((s: Doc) => s.job_name === 'aws-masker')
  t.same(scrape.static_configs[0].targets, [`${url.hostname}:${appPort}`], 'Prometheus scrapes the service')
  t.equal(scrape.metrics_path, '/metrics')
})

t.test('Kubernetes: ports, probes, security, graceful termination', async (t) => {
  const config = readYaml('deploy/k8s/configmap.yaml').data
  const port = container.ports.find((p: Doc) => p.name === 'http')
  t.equal(port.containerPort, appPort)
  t.equal(Number(config.PORT), appPort, 'ConfigMap PORT matches the container port')
  t.match(container.livenessProbe.httpGet, { path: '/health', port: 'http' })
  t.match(container.readinessProbe.httpGet, { path: '/health/ready', port: 'http' })
  t.match(container.securityContext, { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } })
  t.equal(deployment.spec.template.spec.securityContext.runAsNonRoot, true)
  t.ok(container.resources.requests.cpu && container.resources.limits.memory, 'resources set')
  const preStopSeconds = Number(container.lifecycle.preStop.exec.command[1])
  t.ok(preStopSeconds > 0, 'preStop sleep')
  const drainMs = Number(config.SHUTDOWN_TIMEOUT_MS ?? loadConfig({}).SHUTDOWN_TIMEOUT_MS) + Number(config.SHUTDOWN_DELAY_MS ?? 0)
  t.ok(loadConfig({}).SHUTDOWN_TIMEOUT_MS <= drainMs, 'ConfigMap drain is at least the default')
  t.ok(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000 > preStopSeconds * 1000 + drainMs,
    'terminationGracePeriodSeconds exceeds preStop + SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS')

  const labels = deployment.spec.template.metadata.labels
  const selects = (sel: Record<string, string>): boolean => Object.entries(sel).every(([k, v]) => labels[k] === v)
  const service = readYaml('deploy/k8s/service.yaml')
  t.ok(selects(service.spec.selector), 'Service selects the pods')
  t.equal(service.spec.ports[0].targetPort, 'http')
  t.ok(selects(readYaml('deploy/k8s/pdb.yaml').spec.selector.matchLabels), 'PDB selects the pods')
  t.ok(selects(readYaml('deploy/k8s/networkpolicy.yaml').spec.podSelector.matchLabels), 'NetworkPolicy selects the pods')
  t.equal(readYaml('deploy/k8s/hpa.yaml').spec.scaleTargetRef.name, deployment.metadata.name)
  const monitor = readYaml('deploy/k8s/servicemonitor.yaml')
  t.ok(Object.entries<string>(monitor.spec.selector.matchLabels).every(([k, v]) => service.metadata.labels[k] === v), 'ServiceMonitor selects the Service')
  t.match(monitor.spec.endpoints[0], { port: 'http', path: '/metrics' })
})

t.test('NetworkPolicy: ingress on http, egress to DNS, Redis and 443 only', async (t) => {
  const policy = readYaml('deploy/k8s/networkpolicy.yaml').spec
  t.same(policy.policyTypes, ['Ingress', 'Egress'])
  t.same(policy.ingress.flatMap((r: Doc) => r.ports.map((p: Doc) => p.port)), ['http'])
  t.same(policy.egress.flatMap((r: Doc) => r.ports.map((p: Doc) => p.port)).sort(), [443, 53, 53, 6379].sort())
})
