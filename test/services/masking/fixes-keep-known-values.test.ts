// Keep audit (keep-audit.test.ts): once an account id was known to a scope, every later text had
// it replaced inside decimal numbers too (`0.123456789012` went out as `0.ACCOUNT_ID_1`), where
// the detector itself never reads an account id (spec: not a decimal fraction).
import t from 'tap'
import { openScope } from './blackbox-helpers.js'

t.test('a known account id is not looked for inside a decimal number', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  tt.equal(await scope.maskText('account 123456789012'), 'account ACCOUNT_ID_1')
  const text = 'ratio 0.123456789012, size 123456789012.5 GB, 3.123456789012.'
  tt.equal(await scope.maskText(text), text, 'fraction and integer parts of decimals stay')
  tt.equal(await scope.maskText('owner 123456789012. Then 123456789012.dkr.ecr and (123456789012)'),
    'owner ACCOUNT_ID_1. Then ACCOUNT_ID_1.dkr.ecr and (ACCOUNT_ID_1)', 'the id at a sentence end, before a host label, in brackets')
  tt.equal(await scope.maskText('"Owner": "123456789012"'), '"Owner": "ACCOUNT_ID_1"', 'in JSON')
})
