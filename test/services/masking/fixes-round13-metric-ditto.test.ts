// Round 13 (blackbox-12): a CloudWatch dashboard's metric row that repeats the row above with "."
// (`[".", "ReadLatency", ".", "velmora-orders-replica-1"]`) put its dimension value out in clear: the
// dimension's name is the row above's at that place. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['RDS row repeated', '"metrics":[["AWS/RDS","CPUUtilization","DBInstanceIdentifier","velmora-orders-primary"],[".","ReadLatency",".","velmora-orders-replica-1",{"yAxis":"right"}]]', 'velmora-orders-replica-1'],
  ['two rows up, pretty', '"metrics": [\n  [ "AWS/Lambda", "Errors", "FunctionName", "fn-orders-a" ],\n  [ ".", "Throttles", ".", "fn-orders-b" ],\n  [ ".", "Duration", ".", "fn-orders-c" ]\n]', 'fn-orders-c'],
  ['in a dashboard body string', '"DashboardBody": "{\\"metrics\\":[[\\"AWS/DynamoDB\\",\\"ThrottledRequests\\",\\"TableName\\",\\"velmora-carts\\",\\"Operation\\",\\"PutItem\\"],[\\".\\",\\".\\",\\".\\",\\"velmora-orders\\",\\".\\",\\"GetItem\\"]]}"', 'velmora-orders']
]

t.test('the repeated dimension\'s value is hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('values of dimensions that name nothing stay', async (tt) => {
  tt.same(found('[["AWS/DynamoDB","ThrottledRequests","TableName","t-1","Operation","PutItem"],[".",".",".","t-1",".","GetItem"]]').filter(f => f.includes('Item')), [], 'an operation')
  tt.same(found('[["MyApp","Latency","Stage","prod"],[".","Errors",".","beta"]]'), [], 'a custom namespace')
  tt.same(found('["a", ".", "b"]'), [], 'no metric row')
})
