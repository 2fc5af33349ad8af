// Round 25 (business services): Amazon Lex V2 gives every bot's draft version the alias
// `TSTALIASID`; in an Amazon Connect flow's `bot-alias/<bot id>/TSTALIASID` it is AWS's own value
// (and the clue that production calls the test alias), but it was masked as a customer name.
// The bot id, the account and other aliases stay masked. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test("Lex's test alias in an ARN", async tt => {
  tt.same(found('"AliasArn":"arn:aws:lex:us-east-1:374915206683:bot-alias/QX7RK2VT9P/TSTALIASID"'),
    ['account_id:374915206683', 'arn:QX7RK2VT9P'])
  tt.same(found('arn:aws:lex:eu-west-2:210987654321:bot-alias/AB12CD34EF/PRODALIAS9'),
    ['account_id:210987654321', 'arn:AB12CD34EF', 'arn:PRODALIAS9'])
})
