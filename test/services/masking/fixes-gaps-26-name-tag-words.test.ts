// Known gap closed (round 26): a Name tag's value of several words (`"Key": "Name", "Value": "orders
// api primary"`, `Name=web tier prod`, YAML's `Value: web tier prod`, the CLI's `Tags=[{Key=Name,Value=
// web tier prod}]`, `TAGS<tab>Name<tab>…`) went out whole or all but its first word. It is masked
// whole, as one token; a sentence after a bare value (`Value=web then restart it.`) stays prose.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("a Name tag's value of several words is one name", async tt => {
  tt.same(found('"Tags": [{"Key": "Name", "Value": "orders api primary"}]'), ['resource_name:orders api primary'])
  tt.same(found('"Value": "orders api primary", "Key": "Name"'), ['resource_name:orders api primary'], 'value first, as before')
  tt.same(found("--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web tier prod}]'"), ['resource_name:web tier prod'])
  tt.same(found('Tags:\n  - Key: Name\n    Value: web tier prod\n  - Key: env\n    Value: prod\n'), ['resource_name:web tier prod'])
  tt.same(found('TAGS\tName\torders api primary\nTAGS\tenv\tprod'), ['resource_name:orders api primary'])
  tt.same(found('the instance is tagged `Name=web tier prod`'), ['resource_name:web tier prod'])
  tt.same(found('Tags: Name=web tier prod, env=prod'), ['resource_name:web tier prod'])
  tt.same(found('tagged Name=web tier prod.'), ['resource_name:web tier prod'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('Name=web tier prod'), 'Name=RESOURCE_NAME_1')
})

t.test('prose, placeholders and other tags stay', async tt => {
  tt.same(found('set Key=Name,Value=web then restart it.'), ['resource_name:web'], 'the first word, as before')
  tt.same(found('filter on Name=web and State=running'), [])
  tt.same(found('"Key": "Name", "Value": "${var.name} api"'), [])
  tt.same(found('"Key": "env", "Value": "blue green"'), [])
  tt.same(found('TAGS\tenv\tblue green'), [])
})
