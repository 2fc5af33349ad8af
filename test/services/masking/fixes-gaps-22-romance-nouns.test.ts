// Red team round 21, left over: the Spanish `El clúster de ElastiCache fw-sessions-cache` kept its
// name: the scanner's words stop at an accented letter (`cl` + `ú`), and `de` stood between the noun
// and the service. Accented nouns start a noun where their head is (`clú`, `funció`, `rô`), and
// `de`/`du`/`da`/`do`/`di` + a service may follow a noun. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('accented nouns and a service after de', async tt => {
  tt.same(found('El clúster de ElastiCache fw-sessions-cache (Redis OSS 7.1, cache.r7g.large) tiene failover automático.'), ['resource_name:fw-sessions-cache'])
  tt.same(found('La función Lambda fw-pricing-sync falla; a função fw-x-1 e o tópico SNS fw-alerts-v2'),
    ['lambda_function:fw-pricing-sync', 'lambda_function:fw-x-1', 'sns_topic:fw-alerts-v2'])
  tt.same(found('le rôle IAM fw-deployer-role; la réplica orders-pg-ro1; le cluster du Aurora fw-ledger-01; a instância do EC2 web_01'),
    ['iam_role:fw-deployer-role', 'rds_instance:orders-pg-ro1', 'resource_name:fw-ledger-01', 'resource_name:web_01'])
  tt.same(found(JSON.stringify({ text: 'El Clúster de Redis «sessions-v2»' })), ['resource_name:sessions-v2'], 'capitalised, quoted, in JSON')
  const masked = await maskedWithRoundTrip('El clúster de ElastiCache fw-sessions-cache tiene failover.')
  tt.notOk(masked.includes('fw-sessions-cache'))
})

t.test('what is no name stays', async tt => {
  for (const text of ['La región eu-west-1 y el clúster principal.', 'Réplica de lectura en eu-west-1b.', 'le rôle de l-équipe',
    'el clúster de ElastiCache está lleno', 'the cluster de facto standard', 'résumé and clúster-wide']) tt.same(found(text), [], text)
})
