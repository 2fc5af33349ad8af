// Round 14: a dash-underlined table whose column title is a field path (`requestParameters.bucketName`,
// as Splunk prints CloudTrail fields) let each row's bucket out in clear; a plain `bucketName` title
// was read. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a field path over a dash underline names its column', async (tt) => {
  tt.same(found([
    '_time                 eventName     requestParameters.bucketName   userIdentity.arn',
    '--------------------  ------------  -----------------------------  ----------------',
    '2026-12-02 16:41:02   ListObjects   dunmore-partner-exports-euw1   -',
    ''
  ].join('\n')), ['s3_bucket:dunmore-partner-exports-euw1'])
  tt.same(found('a.b           count\n------------  -----\norders-pg-1   4\n'), [], 'a path ending in no field says nothing')
})
