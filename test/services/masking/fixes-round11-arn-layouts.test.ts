// Round 11: AWS's own words inside customer ARNs and log group names were masked as names.
// AppSync resolver ARNs (`apis/<id>/types/<type>/resolvers/<field>`), EMR Serverless and EMR on
// EKS ARNs, whose resource starts with `/` (`:/applications/<id>/jobruns/<id>`,
// `:/virtualclusters/<id>/jobruns/<id>`), the version of an Image Builder ARN
// (`image/<name>/1.4.2/3`) and AppSync's log group `/aws/appsync/apis/<id>`: the words and
// versions stay, the ids and names are masked. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const CASES: Array<[string, string, string[], string[]]> = [
  ['AppSync resolver', 'arn:aws:appsync:ap-northeast-1:264850193377:apis/xq4m7k2v9tzp3r8b6n1c5d0f2a/types/Query/resolvers/getPatient',
    ['264850193377', 'xq4m7k2v9tzp3r8b6n1c5d0f2a', 'getPatient'], [':apis/', '/types/Query/resolvers/']],
  ['AppSync data source', 'arn:aws:appsync:eu-west-1:264850193377:apis/abcdefghijklmnopqrstuvwxyz/datasources/patients_table',
    ['abcdefghijklmnopqrstuvwxyz', 'patients_table'], [':apis/', '/datasources/']],
  ['EMR Serverless job run', 'arn:aws:emr-serverless:eu-west-2:675019283744:/applications/00fq2k8m4x7v3t9z/jobruns/00fq3a7c1e9b5d2f',
    ['675019283744', '00fq2k8m4x7v3t9z', '00fq3a7c1e9b5d2f'], [':/applications/', '/jobruns/']],
  ['EMR on EKS job run', 'arn:aws:emr-containers:eu-west-2:675019283744:/virtualclusters/k4x9m2q7vtz3r8b6n1c5d0f2a/jobruns/0000000347kq2m8x9vt',
    ['k4x9m2q7vtz3r8b6n1c5d0f2a', '0000000347kq2m8x9vt'], [':/virtualclusters/', '/jobruns/']],
  ['Image Builder image', 'arn:aws:imagebuilder:eu-south-1:918402736655:image/verdant-al2023-hardened/1.4.2/3',
    ['918402736655', 'verdant-al2023-hardened'], [':image/', '/1.4.2/3']],
  ['Image Builder component', 'component arn:aws:imagebuilder:eu-south-1:918402736655:component/verdant-cis-hardening/2.1.0/1 failed',
    ['verdant-cis-hardening'], ['/2.1.0/1 failed']],
  ['AppSync log group', '"logGroupName": "/aws/appsync/apis/xq4m7k2v9tzp3r8b6n1c5d0f2a"',
    ['xq4m7k2v9tzp3r8b6n1c5d0f2a'], ['/aws/appsync/apis/']]
]

t.test('ids and names are hidden, AWS\'s words and versions stay', async (tt) => {
  for (const [what, text, hidden, kept] of CASES) {
    const masked = await maskedWithRoundTrip(text)
    for (const value of hidden) tt.notOk(masked.includes(value), `${what}: hides ${value} in ${masked}`)
    for (const value of kept) tt.ok(masked.includes(value), `${what}: keeps ${value} in ${masked}`)
  }
})

t.test('unchanged neighbours', async (tt) => {
  tt.same(found('arn:aws:lambda:eu-west-1:123456789012:function:orders-api:12'), ['account_id:123456789012', 'lambda_function:orders-api'], 'a Lambda version')
  tt.same(found('arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod'), ['api_gateway:a1b2c3d4e5'], 'API Gateway\'s leading `/`')
  tt.ok(found('arn:aws:imagebuilder:eu-south-1:aws:image/amazon-linux-2023-arm64/x.x.x').length === 0, 'AWS\'s own image')
})
