// Round 6 stretch: an ARN wrapped across rows of an AWS CLI `--output table` cell. The first row
// holds a prefix cut before the account ends (no ARN shape), the next rows its continuation in the
// same column; the pieces leaked a 10-digit fragment of the account id (blackbox-5
// ecs-wrapped-columns-table.txt). Now the value is put back together, detected whole, and every
// piece masked as part of what it belongs to; normal tables are read as before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const WRAPPED = [
  '+--------------+-----------------------------------+-------------------------------------+',
  '|  kestrel-api |  arn:aws:ecs:eu-west-1:3182649055 |  arn:aws:elasticloadbalancing:eu-we |',
  '|              |  17:task-definition/kestrel-api:4 |  st-1:318264905517:targetgroup/kest |',
  '|              |  2                                |  rel-web-tg/8c1f4e7a2b9d3c60        |',
  '+--------------+-----------------------------------+-------------------------------------+'
].join('\n')

t.test('a wrapped ARN cell: every piece is masked, the token reads back', async tt => {
  const kinds = found(WRAPPED)
  tt.ok(kinds.includes('account_id:3182649055') && kinds.includes('account_id:17'), 'both pieces of the account id')
  tt.ok(kinds.includes('resource_name:kest') && kinds.includes('resource_name:rel-web-tg') && kinds.includes('target_group:8c1f4e7a2b9d3c60'),
    'a name cut in two, the id on the last row')
  const masked = await maskedWithRoundTrip(WRAPPED)
  for (const v of ['3182649055', '318264905517', 'rel-web-tg', '8c1f4e7a2b9d3c60']) tt.notOk(masked.includes(v), `hides ${v}`)
  tt.ok(masked.includes('arn:aws:ecs:eu-west-1:') && masked.includes(':task-definition/'), 'service, region and type stay readable')
})

t.test('the account cut after three rows, CRLF line ends', async tt => {
  const text = '|  arn:aws:iam::4630 |\r\n|  38710923:role/dep |\r\n|  loyer             |\r\n'
  tt.same(found(text), ['account_id:4630', 'account_id:38710923', 'iam_role:dep', 'iam_role:loyer'], 'pieces over three rows')
  await maskedWithRoundTrip(text)
})

t.test('normal tables are read as before', async tt => {
  const full = [
    '|  arn:aws:iam::463038710923:role/app-a |',
    '|  arn:aws:iam::463038710923:role/app-b |'
  ].join('\n')
  tt.same(found(full), ['account_id:463038710923', 'iam_role:app-a', 'account_id:463038710923', 'iam_role:app-b'], 'full ARNs in consecutive rows stay apart')
  tt.same(found('|  arn:aws:ecs:eu-west-1:3182649055 |\n+-----------------------------------+\n'), [], 'no continuation row: nothing to join')
  tt.same(found('|  arn:aws:ecs:eu-west-1:31826 |  x |\n| 17 |\n'), [], 'the next row has other bars')
  tt.same(found('|  arn:aws:ecs:eu-west-1:3182649055   |\n|  17:task/x                         |\n'), [], 'the first piece does not fill its cell')
})
