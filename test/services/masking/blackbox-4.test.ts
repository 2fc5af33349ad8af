// Black-box red team, fourth round: unseen, real-shaped AWS material of other kinds than the
// earlier rounds (test/fixtures/blackbox-4/): prose (an incident channel export, an on-call
// handover, a design doc, a code review thread, an LLM chat transcript quoting values back), logs
// (ALB/NLB, CloudFront, WAF, VPC flow logs v5, Route 53 Resolver, EKS audit, Lambda Powertools,
// GuardDuty, CloudTrail with a URL-encoded policy), configuration (~/.aws/config with sso-session,
// Terraform backend/provider, SAM, cdk.context.json, GitHub Actions OIDC, Helm IRSA values, .env),
// code (Python, Go, Java) and edge forms (aws-cn / aws-us-gov, IPv6 notations, wildcard ARNs,
// connection strings in a markdown table, one identifier in several notations). Same checks as
// rounds 2 and 3 (documentSuite), plus one regression test per fix.
import t from 'tap'
import { fileURLToPath } from 'node:url'
import { documentSuite, found, maskedWithRoundTrip } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-4/', import.meta.url))

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries(([
] as Array<[string, string[], string, string]>).flatMap(([doc, modes, value, reason]) => modes.map(mode => [`${doc}|${mode}|${value}`, reason])))

documentSuite(DIR, KNOWN_GAPS, 25)

// Regression tests of the misses this round found, each over a few variants of its family.

t.test('prose: a read replica is named after the noun', async tt => {
  tt.same(found('move the reindex to the replica lynx-checkout-pg-ro1 (db.r6g.xlarge)'), ['rds_instance:lynx-checkout-pg-ro1'], 'replica')
  tt.same(found('read replica orders-ro-2 and replica set rs0'), ['rds_instance:orders-ro-2'], 'read replica, a word after')
  tt.same(found('the replica is lagging behind, replica lag 3s'), [], 'ordinary words stay')
})

t.test('CLI: --cluster names an ECS/EKS cluster', async tt => {
  tt.same(found('aws ecs update-service --cluster sandpiper-prod --service api'), ['ecs_cluster:sandpiper-prod', 'ecs_service:api'], 'space (its --service names the ECS service)')
  tt.same(found('eksctl get nodegroup --cluster=payments-eks'), ['eks_cluster:payments-eks'], 'equals (eksctl: an EKS cluster, fixes-round11-eks-flags)')
  tt.same(found('aws ecs list-tasks --cluster arn:aws:ecs:us-east-1:123456789012:cluster/prod-a'), ['account_id:123456789012', 'ecs_cluster:prod-a'], 'an ARN keeps its own masking')
  tt.same(found('kubectl config --cluster default'), [], 'a reserved name stays')
})

t.test('IPv6 address:port without brackets (ALB/NLB logs)', async tt => {
  tt.same(found('h2 2a01:4f8:c2c:4f1c::23:61220 10.18.5.12:8443'), ['ipv6:2a01:4f8:c2c:4f1c::23', 'ipv4_private:10.18.5.12'], 'compressed, a 5-digit port')
  tt.same(found('tls 2600:1f18:6a2c:4e00:9b7d:1f3a:5c8e:2d40:40122 x'), ['ipv6:2600:1f18:6a2c:4e00:9b7d:1f3a:5c8e:2d40'], 'full, a ninth group')
  tt.same(found('a 2600:1f18:6a2c:4e00:9b7d:1f3a:5c8e:2d40 b'), ['ipv6:2600:1f18:6a2c:4e00:9b7d:1f3a:5c8e:2d40'], 'no port')
  tt.same(found('::1:8080 and fe80::1:61220 and 12:30:45'), [], 'loopback, link-local and times stay')
  const masked = await maskedWithRoundTrip('client 2a01:4f8:c2c:4f1c::23:61220 ok')
  tt.ok(masked.includes(':61220 ok'), 'the port stays readable')
})

t.test('URL-encoded ARNs after an encoded quote, comma or bracket', async tt => {
  tt.same(found('"policyDocument": "%7B%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Aauk-etl-staging-2026%2F%2A%22%7D"'),
    ['arn:22arn%3Aaws%3As3%3A%3A%3Aauk-etl-staging-2026%2F%2A'], 'an S3 ARN (no account) ends before the encoded quote; it takes the escape\'s digits, so its token reads back')
  tt.same(found('x=%5B%22arn%3Aaws%3Aiam%3A%3A604829175336%3Arole%2Fauk-etl-cross%22%2C%22arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FReadOnlyAccess%22%5D'),
    ['arn:22arn%3Aaws%3Aiam%3A%3A604829175336%3Arole%2Fauk-etl-cross'], 'a list: the AWS-managed one stays')
  tt.same(found('q=%20arn%3Aaws%3Asqs%3Aus-east-1%3A604829175336%3Aq1'), ['arn:20arn%3Aaws%3Asqs%3Aus-east-1%3A604829175336%3Aq1'], 'after an encoded space')
  const masked = await maskedWithRoundTrip('p=%7B%22Resource%22%3A%22arn%3Aaws%3Aiam%3A%3A604829175336%3Arole%2Fauk-etl-cross%22%7D')
  tt.ok(masked.includes('%22%7D') && !masked.includes('604829175336'), 'masked, the encoded quote after it stays')
  tt.same(found('plain %22arnold%22 stays'), [], 'a word starting with arn')
})

t.test('a name field or noun holding an AWS host or image URL leaves it to the scanner', async tt => {
  tt.same(found('image:\n  repository: 127364908551.dkr.ecr.eu-west-1.amazonaws.com/turnstone/ingest\n  tag: "3.4.1"'),
    ['account_id:127364908551', 'ecr_repository:turnstone/ingest'], 'Helm image repository')
  tt.same(found('DBInstanceIdentifier: x.c1.us-east-1.rds.amazonaws.com'), ['rds_instance:x', 'aws_hostname:c1'], 'an endpoint in a name field')
  tt.same(found('repository: turnstone/ingest'), ['ecr_repository:turnstone/ingest'], 'a plain name is still a name')
})

t.test('connection strings: a password holding # or ?', async tt => {
  tt.same(found('postgresql://skua_app:v9!Rq2#Lm7xT@skua-db.cluster-c1x9mq4k2hzt.us-east-2.rds.amazonaws.com:5432/skua'),
    ['connection_secret:v9!Rq2#Lm7xT', 'rds_cluster:skua-db', 'aws_hostname:c1x9mq4k2hzt'], '#') // `cluster-` stays readable (round 23)
  tt.same(found('redis://:p?w#d@10.1.2.3:6379'), ['connection_secret:p?w#d', 'ipv4_private:10.1.2.3'], '? and #, no user')
  tt.same(found('https://host.example.com:8080?x=1&to=me@corp.example'), ['email:me@corp.example'], 'a port then a query stays a query')
  tt.same(found('https://example.com:8443#frag and mail a@b.com'), ['email:a@b.com'], 'a fragment stays a fragment')
  tt.same(found('https://user:pw@h.example.com/a#x@y'), ['connection_secret:pw', 'hostname:h.example.com'], 'after the host, # is a fragment')
})
