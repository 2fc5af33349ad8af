// Backslashes that are no JSON escape (found by the streamed-restoration helper): the scanner
// stepped over a backslash and the char after it as if every pair were an escape, so the id
// starting a Windows path segment (`C:\logs\i-0...`, `\\server\sg-0...`) was never read; and a
// connection-string password holding a `\` ended the URL's authority there, leaving it in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('an id starting a Windows path segment is read', async (t) => {
  t.same(found('C:\\logs\\i-0a1b2c3d4e5f67890.log'), ['ec2_instance:i-0a1b2c3d4e5f67890'])
  t.same(found('C:\\data\\123456789012\\export'), ['account_id:123456789012'])
  t.same(found('\\\\fileserver\\sg-0123456789abcdef0\\share'), ['security_group:sg-0123456789abcdef0'])
  t.same(found('copy C:\\backups\\vol-0a1b2c3d4e5f67890\\ D:\\'), ['ebs_volume:vol-0a1b2c3d4e5f67890'])
  t.same(found('{"path":"C:\\\\logs\\\\i-0a1b2c3d4e5f67890.log"}'), ['ec2_instance:i-0a1b2c3d4e5f67890'], 'the same JSON-escaped')
  for (const text of ['C:\\ProgramData\\Amazon\\SSM\\InstanceData\\i-0a1b2c3d4e5f67890\\document\\state', 'E:\\snapshots\\snap-0a1b2c3d4e5f67890\\ok']) {
    const masked = await maskedWithRoundTrip(text)
    t.notOk(/\d[a-f]\d[a-f]\d[a-f]\d[a-f]/.test(masked), `masked and restored: ${masked}`)
  }
})

t.test('JSON escapes are still stepped over whole, and other backslashes read nothing new', async (t) => {
  t.same(found('line\\ni-0a1b2c3d4e5f67890 and \\tsg-0123456789abcdef0'), ['ec2_instance:i-0a1b2c3d4e5f67890', 'security_group:sg-0123456789abcdef0'])
  t.same(found('regex \\d{12} and \\s+ and \\w+ \\x41 \\e[0m \\Program Files\\Amazon'), [], 'regex classes, hex and ANSI escapes, words')
  t.same(found('say \\"hello\\" and \\\\ and \\/ path'), [])
})

t.test('a connection-string password holding a backslash is masked whole', async (t) => {
  const text = 'postgres://admin:Sup3r\\Secr3t@mydb.cluster-abc123xyz.eu-west-1.rds.amazonaws.com:5432/app'
  t.same(found(text).filter((m) => m.startsWith('connection_secret')), ['connection_secret:Sup3r\\Secr3t'])
  const masked = await maskedWithRoundTrip(text)
  t.notOk(masked.includes('Secr3t'), masked)
  t.same(found('"url":"postgres://db.example.com:5432/app\\", "x": "a@b"'), found('"url":"postgres://db.example.com:5432/app", "x": "a@b"'),
    'an escaped quote still ends a URL without userinfo (no secret read up to a later @)')
})

t.test('an escape letter that starts a resource id in a path is read as the id\'s first letter', async (t) => {
  t.same(found('D:\\exports\\rtb-0a1b2c3d4e5f67890\\routes.csv'), ['route_table:rtb-0a1b2c3d4e5f67890'])
  t.same(found('C:\\net\\nat-0a1b2c3d4e5f67890\\x'), ['nat_gateway:nat-0a1b2c3d4e5f67890'])
  t.same(found('\\\\srv\\tgw-0a1b2c3d4e5f67890'), ['transit_gateway:tgw-0a1b2c3d4e5f67890'])
  t.same(found('E:\\fs-0a1b2c3d\\mnt'), ['efs_file_system:fs-0a1b2c3d'])
  t.same(found('line\\nsg-0123456789abcdef0'), ['security_group:sg-0123456789abcdef0'], 'a newline before an id stays a newline')
  for (const text of ['D:\\exports\\rtb-0a1b2c3d4e5f67890\\routes.csv', 'E:\\fs-0a1b2c3d\\mnt and C:\\logs\\i-0a1b2c3d4e5f67890.log']) {
    const masked = await maskedWithRoundTrip(text)
    t.notOk(/0a1b2c3d/.test(masked), `masked and restored: ${masked}`)
  }
})
