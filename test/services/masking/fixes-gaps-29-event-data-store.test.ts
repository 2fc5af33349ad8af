// Gaps round 29: a CloudTrail Lake query names its event data store by id where SQL has a table
// (`SELECT … FROM 2d8f1c7e-… WHERE …`): the id went upstream although its ARN's id part was masked.
// It is masked after a query's `FROM` (the same token as in the ARN); `from <uuid>` in prose stays.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const EDS = '2d8f1c7e-4b3a-4e9f-8c21-7a5d0b3e9f14'

t.test("a CloudTrail Lake query's event data store id is masked", async tt => {
  tt.same(found(`SELECT eventName, userIdentity.arn FROM ${EDS} WHERE eventTime > '2026-11-01 00:00:00'`), [`resource_name:${EDS}`])
  tt.same(found(`{"QueryStatement": "select eventSource from ${EDS} where errorCode is not null"}`), [`resource_name:${EDS}`])
  tt.same(found(`SELECT\n  eventName\nFROM\n  "${EDS}"\nLIMIT 10`), [`resource_name:${EDS}`])
  const masked = await maskedWithRoundTrip(`aws cloudtrail start-query --query-statement "SELECT * FROM ${EDS} LIMIT 10" (store arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${EDS})`)
  tt.notOk(masked.includes(EDS))
})

t.test('a UUID after from in prose, and SQL tables, stay', async tt => {
  tt.same(found(`the reply came from ${EDS} earlier`), [])
  tt.same(found('SELECT * FROM orders WHERE id = 1'), [])
})
