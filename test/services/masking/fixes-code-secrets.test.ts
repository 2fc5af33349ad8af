// Code where a secret's value stands was masked as the secret, and what the code names went out:
// `secret = sm.get_secret_value(SecretId="norbrook/prod/stripe-api-key")` became
// `secret = API_KEY_1"norbrook/prod/stripe-api-key")`, the secret's name in clear and the call unreadable.
import t from 'tap'
import { roundTripMasker } from './round-trip-helper.js'

const masked = roundTripMasker(t)

t.test('a call where a secret stands is code: the scanner reads the secret name inside it', async (t) => {
  const out = await masked('secret = sm.get_secret_value(SecretId="norbrook/prod/stripe-api-key")["SecretString"]')
  t.notMatch(out, /norbrook/, out)
  t.match(out, /^secret = sm\.get_secret_value\(SecretId="SECRET_NAME_1"\)/, out)
})

t.test('configuration lookups and calls stay readable', async (t) => {
  for (const text of [
    'password = os.environ["DB_PASSWORD"]',
    'db_password = getpass.getpass("DB password: ")',
    'password: process.env.DB_PASSWORD,',
    'secret_key = settings.SECRET_KEY',
    'api_key = config.get("stripe_key")'
  ]) t.equal(await masked(text), text)
})

t.test('passwords that merely hold brackets or dots are still masked', async (t) => {
  for (const [text, secret] of [
    ['password = Tr0ub(4dor', 'Tr0ub(4dor'],
    ['password=Ab(cd)1234', 'Ab(cd)1234'],
    ['password = abc(def)9', 'abc(def)9'],
    ['password = Summer.2024!', 'Summer.2024!'],
    ['DB_PASSWORD=x9(Lk2)mQ', 'x9(Lk2)mQ'],
    ['password = "os.environ[x]"', 'os.environ[x]']
  ]) {
    const out = await masked(text)
    t.notOk(out.includes(secret), out)
  }
})
