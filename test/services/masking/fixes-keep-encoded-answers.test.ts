// Keep audit, answers: a token the model writes after a URL escape other than an encoded slash
// (`?arn=arn%3Aaws%3Aiam%3A%3AACCOUNT_ID_1%3Arole%2FIAM_ROLE_1`, `owner%3DACCOUNT_ID_1`, `%20`)
// was left unrestored: the letter or digit of the escape counted as glued to it. The masker
// already reads a user's token-shaped text after any `%XX` as a literal, so restoring there keeps
// every round trip.
import t from 'tap'
import { openScope, streamed } from './blackbox-helpers.js'

t.test('tokens after a URL escape are restored, whole, streamed and in JSON', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  tt.equal(await scope.maskText('role arn:aws:iam::123456789012:role/deploy-bot'), 'role arn:aws:iam::ACCOUNT_ID_1:role/IAM_ROLE_1')
  const answer = 'Open https://console.aws.amazon.com/iam/home?arn=arn%3Aaws%3Aiam%3A%3AACCOUNT_ID_1%3Arole%2FIAM_ROLE_1 or ?q=owner%3DACCOUNT_ID_1&x=%20IAM_ROLE_1%2C%E2%80%9CIAM_ROLE_1'
  const expected = 'Open https://console.aws.amazon.com/iam/home?arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdeploy-bot or ?q=owner%3D123456789012&x=%20deploy-bot%2C%E2%80%9Cdeploy-bot'
  tt.equal(scope.unmaskText(answer), expected, 'whole')
  tt.equal(JSON.parse(scope.unmaskJsonText(JSON.stringify(answer))), expected, 'raw JSON')
  const cuts = Array.from({ length: answer.length - 1 }, (_, k) => k + 1)
  tt.equal(cuts.find(c => streamed(scope, [answer.slice(0, c), answer.slice(c)], false) !== expected), undefined, 'streamed, cut anywhere')
  tt.equal(streamed(scope, [...answer], false), expected, 'a char at a time')
  tt.equal(JSON.parse(streamed(scope, [...JSON.stringify(answer)], true)), expected, 'JSON, a char at a time')
})

t.test('what is no token after an escape stays', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  await scope.maskText('account 123456789012')
  for (const text of ['%3AACCOUNT_ID_99', '%41ACCOUNT_ID_1', 'x3AACCOUNT_ID_1', '%3GACCOUNT_ID_1', '%%3AACCOUNT_ID_12']) {
    tt.equal(scope.unmaskText(text), text, text)
  }
  const literal = 'the literal %3AACCOUNT_ID_1 and %20ACCOUNT_ID_1 of a user'
  tt.equal(scope.unmaskText(await scope.maskText(literal)), literal, "a user's literal token after an escape comes back as written")
})
