// A backslash and a quote inside a URL's password (`postgres://app:S3c\r'et!@db.internal`) ended the
// URL at the backslash: no password, no host, and the whole connection string went out in clear.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

const store = createMemoryStore({ maxMappings: 100_000 })
const masker = createMasker({ store })
t.teardown(() => store.close())

t.test('quotes glued inside a URL password', async (t) => {
  for (const [text, secret] of [
    ["postgres://app:S3c\\r'et!@db.internal:5432/app", "S3c\\r'et!"],
    ['postgres://app:S3c"r\\et!@db.internal:5432/app', 'S3c"r\\et!'],
    ["DSN=postgres://app:S3c#'et@db.internal/x", "S3c#'et"]
  ]) {
    const scope = await masker.openScope()
    try {
      const masked = await scope.maskText(text)
      t.notOk(masked.includes(secret) || masked.includes('db.internal'), masked)
      t.equal(scope.unmaskText(masked), text)
    } finally { await scope.release() }
  }
})

t.test('a quote that closes the URL still ends it', async (t) => {
  const scope = await masker.openScope()
  try {
    const text = "url='http://app:9000/x' owner: ops@example.com"
    const masked = await scope.maskText(text)
    t.match(masked, /^url='http:\/\/app:9000\/x' owner: EMAIL_1$/, masked)
  } finally { await scope.release() }
})
