// `aws ssm get-parameter(s) --with-decryption` prints a SecureString parameter's decrypted value
// under "Value", the record's Type saying SecureString: pretty-printed JSON, YAML and parsed JSON
// sent it out in clear unless the parameter's name happened to say password on the same line.
// A String parameter's value and tag values stay.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const secrets = (text: string): string[] => found(text).filter((m) => m.startsWith('connection_secret'))

t.test('the decrypted value of a SecureString parameter, in text', async tt => {
  tt.same(secrets('{\n    "Parameter": {\n        "Name": "/prod/payments/stripe",\n        "Type": "SecureString",\n        "Value": "sk_live_51H8xYzAbCdEf",\n        "Version": 3\n    }\n}'),
    ['connection_secret:sk_live_51H8xYzAbCdEf'], 'get-parameter, pretty JSON')
  tt.same(secrets('{"Parameters":[{"Name":"/prod/payments/stripe","Type":"SecureString","Value":"sk_live_51H8xYzAbCdEf"},{"Name":"/prod/flag","Type":"String","Value":"enabled"}]}'),
    ['connection_secret:sk_live_51H8xYzAbCdEf'], 'get-parameters, one line; the String one stays')
  tt.same(secrets('Parameters:\n- Name: /prod/payments/stripe\n  Type: SecureString\n  Value: sk_live_51H8xYzAbCdEf\n  Version: 2\n- Name: /prod/flag\n  Type: String\n  Value: enabled-feature-x\n'),
    ['connection_secret:sk_live_51H8xYzAbCdEf'], '--output yaml; the next item\'s value stays')
})

t.test('a connection URL as the value: its password and names masked, its AWS parts readable (as a URL anywhere)', async tt => {
  const text = '- Name: /prod/edi/db-url\n  Type: SecureString\n  Value: postgresql://edi_app:Vq8!rTz2#pLm4wXs@corvina-edi.cluster-c7xk2m9pqz4r.eu-west-1.rds.amazonaws.com:5432/edi\n'
  const all = found(text)
  tt.ok(all.some((m) => m.endsWith(':Vq8!rTz2#pLm4wXs')), 'the password')
  tt.notOk(all.some((m) => m.includes('eu-west-1.rds.amazonaws.com') || m.endsWith(':5432')), 'host suffix and port stay')
})

t.test('kept: String parameters and tags', async tt => {
  tt.same(secrets('{\n  "Parameter": {\n    "Name": "/prod/flag",\n    "Type": "String",\n    "Value": "enabled"\n  }\n}'), [])
  tt.same(secrets('{"Tags":[{"Key":"Team","Value":"payments"}]}'), [])
})

t.test('parsed JSON, and a round trip', async tt => {
  const scope = await createMasker({ store: createMemoryStore({ maxMappings: 100 }) }).openScope()
  const masked = await scope.maskJson({ Parameter: { Name: '/prod/payments/stripe', Type: 'SecureString', Value: 'sk_live_51H8xYzAbCdEf', Version: 3 } }) as { Parameter: { Value: string } }
  tt.not(masked.Parameter.Value, 'sk_live_51H8xYzAbCdEf')
  tt.match(masked.Parameter.Value, /^CONNECTION_SECRET_\d+$/)
  const plain = await scope.maskJson({ Parameter: { Name: '/prod/flag', Type: 'String', Value: 'enabled' } }) as { Parameter: { Value: string } }
  tt.equal(plain.Parameter.Value, 'enabled')
  await scope.release()
  const text = await maskedWithRoundTrip('{\n  "Parameter": {\n    "Name": "/app/token",\n    "Type": "SecureString",\n    "Value": "Zq8rT2vLx9PmW4kN7cB1"\n  }\n}\n')
  tt.notMatch(text, /Zq8rT2vLx9PmW4kN7cB1/)
})
