// Round 28 (databases and caches): options written with one dash and `=`, as Java tools take them
// (Flyway's `-password=x`, a JVM system property `-Dflyway.password=x`): no key starts after a
// `-` (a word inside `my-db-password`), so the password went out in clear. Read as the field the
// option's last dotted segment names. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('one-dash options', async tt => {
  tt.same(found('flyway -url=jdbc:postgresql://db:5432/core -user=migrator -password=Fly-M1gr@t0r-4421 migrate'), ['connection_secret:Fly-M1gr@t0r-4421'])
  tt.same(found('java -Dflyway.password=FlyM1gr4t0r4421 -jar app.jar'), ['connection_secret:FlyM1gr4t0r4421'])
  tt.same(found('java -jar x.jar -db.password=Abc-123-xyz'), ['connection_secret:Abc-123-xyz'])
  tt.same(found('mvn flyway:migrate "-Dflyway.password=S3cr3t!x"'), ['connection_secret:S3cr3t!x'])
  for (const text of ['ls -la=x', 'flyway -locations=filesystem:db/migration migrate', 'java -Dregion=us-east-1 -Xmx2g -jar app.jar', 'x -password=']) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('flyway -password=Fly-M1gr@t0r-4421 migrate'), 'flyway -password=CONNECTION_SECRET_1 migrate')
})
