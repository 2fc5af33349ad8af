// Red team round 6 (test/fixtures/blackbox-6/notations-long-lines.txt): values glued to an escape.
// A match right after the hex digits of `\u0022` (a JSON-escaped quote seen flat) did not read back
// as a token (the round trip broke); a word right after `%3D`, `%22`, `%2C` was never scanned (an
// id in a console redirect leaked); a twice-encoded ARN (`arn%253Aaws%253A...`) was not seen.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a match after a \\uXXXX escape leaves the escape in the text, and its token reads back after it', async tt => {
  tt.same(found('payload={\\u0022accountId\\u0022:\\u0022577128926595\\u0022}'), ['account_id:577128926595'], 'account id')
  tt.same(found('{\\u0022id\\u0022:\\u0022i-0d81ecbbb92f561ce\\u0022}'), ['ec2_instance:i-0d81ecbbb92f561ce'], 'instance id')
  tt.same(found('\\u003c10.72.21.94\\u003e'), ['ipv4_private:10.72.21.94'], 'an address in escaped angle brackets')
  tt.same(found('a\\nsg-0154bff164804c34b'), ['security_group:sg-0154bff164804c34b'], 'after \\n: unchanged (a boundary already)')
  for (const text of ['payload={\\u0022accountId\\u0022:\\u0022577128926595\\u0022,\\u0022i\\u0022:\\u0022i-0d81ecbbb92f561ce\\u0022}', 'x \\u0027arn:aws:iam::577128926595:role/r1\\u0027 y']) {
    const masked = await maskedWithRoundTrip(text)
    tt.ok(!masked.includes('577128926595'), `masked: ${masked}`)
  }
})

t.test('a word right after a percent escape other than %2F is scanned', async tt => {
  tt.same(found('home%3Fregion%3Deu-central-1%23InstanceDetails%3AinstanceId%3Di-0b411cda4bcf9c93d'), ['ec2_instance:3Di-0b411cda4bcf9c93d'], 'after %3D')
  tt.same(found('ids=%5B%22i-0d81ecbbb92f561ce%22%2Csg-0154bff164804c34b%5D'), ['ec2_instance:22i-0d81ecbbb92f561ce', 'security_group:2Csg-0154bff164804c34b'], 'after %22 and %2C')
  tt.same(found('q=ip%3D10.72.14.203%26x'), ['ipv4_private:3D10.72.14.203'], 'an address')
  tt.same(found('a%20bucket%20policy and %3Dfeedback'), [], 'ordinary words stay')
  const masked = await maskedWithRoundTrip('redirect=%2Fec2%2Fhome%23InstanceDetails%3AinstanceId%3Di-0b411cda4bcf9c93d&x=1')
  tt.ok(masked.includes('%3AinstanceId%') && !masked.includes('0b411cda4bcf9c93d'), 'the escape\'s % stays before the token')
})

t.test('a twice-encoded ARN is masked whole; AWS-owned ones stay', async tt => {
  tt.same(found('state=arn%253Aaws%253Aiam%253A%253A577128926595%253Arole%252Fhalyard-node HTTP/1.1'),
    ['arn:arn%253Aaws%253Aiam%253A%253A577128926595%253Arole%252Fhalyard-node'], 'a role')
  tt.same(found('q=arn%253Aaws%253Asqs%253Aeu-west-1%253A577128926595%253Aq1%2522%252C'),
    ['arn:arn%253Aaws%253Asqs%253Aeu-west-1%253A577128926595%253Aq1'], 'ends before a twice-encoded quote')
  tt.same(found('p=arn%253Aaws%253Aiam%253A%253Aaws%253Apolicy%252FReadOnlyAccess'), [], 'AWS-managed policy')
  tt.same(found('b=arn%253Aaws%253As3%253A%253A%253Ahalyard-exports%252F2025'), ['arn:arn%253Aaws%253As3%253A%253A%253Ahalyard-exports%252F2025'], 'an S3 ARN without account')
  await maskedWithRoundTrip('x=arn%253Aaws%253Aiam%253A%253A577128926595%253Arole%252Fhalyard-node&y=1')
})
