// Found probing round 11: a password passed as the word after a client's one-letter flag
// (`sshpass -p 'x' ssh ...`, `mongosh ... -u admin -p x`, `redis-cli -h host -a 'x'`) went out in
// clear (only `mysql -pS3cret` glued was read); and prose naming a resource with `is called` /
// `was named` (`Our bucket is called acme-payroll-exports`) kept the name (after `is` alone only a
// quoted name counts; `is called` says a name follows as `called` does). A bracket inside a bare
// password (`password=Ab(cd)1234`) ended it (the rest in clear); Terraform's `(sensitive value)`
// was masked as a password. A flag with `_` (Glue job arguments `--db_password=x`) was no flag.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a password after a client\'s one-letter flag', async tt => {
  tt.same(found('sshpass -p "Hunter2xyz" ssh localhost'), ['connection_secret:Hunter2xyz'])
  tt.same(found("sshpass -p 'Hunter2xyz' scp a b"), ['connection_secret:Hunter2xyz'])
  tt.same(found('mongosh "mongodb://localhost:27017" -u admin -p Hunter2xyz'), ['connection_secret:Hunter2xyz'])
  tt.same(found("redis-cli -h localhost -p 6379 -a 'S3cr3tT0ken!' --tls"), ['connection_secret:S3cr3tT0ken!'])
  tt.same(found('valkey-cli -a Hunter2xyz ping'), ['connection_secret:Hunter2xyz'])
})

t.test('kept: other tools\' flags, placeholders, variables', async tt => {
  tt.same(found('ssh -p 22 localhost'), [])
  tt.same(found('mkdir -p /tmp/x && tar -a -cf x.tar.gz y'), [])
  tt.same(found('redis-cli -a <password> ping'), [])
  tt.same(found('redis-cli -a $REDIS_PASSWORD ping'), [])
  tt.same(found('redis-cli -h localhost -p 6379 ping'), [], 'redis-cli\'s -p is a port')
})

t.test('is called / was named before a name', async tt => {
  tt.same(found('Our bucket is called acme-payroll-exports and it is public'), ['s3_bucket:acme-payroll-exports'])
  tt.same(found('The table is named orders-v2.'), ['dynamodb_table:orders-v2'])
  tt.same(found('The function was named invoice-sync'), ['lambda_function:invoice-sync'])
  tt.same(found('this function is called from the handler; the table is named after the team'), [], 'English stays')
})

t.test('a bracket inside a bare password; Terraform\'s placeholders', async tt => {
  tt.same(found('password=Ab(cd)1234'), ['connection_secret:Ab(cd)1234'])
  tt.same(found('DB_PASSWORD=p]ss1234 next'), ['connection_secret:p]ss1234'])
  tt.same(found('connect(user=x, password=abc123).then(f)'), ['connection_secret:abc123'], 'a bracket closing a call still ends it')
  tt.same(found('      ~ password = (sensitive value)\n  + db_password = (sensitive value)\n  + api_token = (known after apply)'), [])
})

t.test('a flag with an underscore (Glue job arguments)', async tt => {
  tt.same(found("aws glue start-job-run --job-name nightly-etl --arguments '--db_password=Xk9mP2vLq7E'"), ['resource_name:nightly-etl', 'connection_secret:Xk9mP2vLq7E'])
  tt.same(found('python job.py --table_name orders-v2 --dry_run'), ['dynamodb_table:orders-v2'])
  tt.same(found('ls --group_directories_first; run --enable_metrics true'), [])
  tt.same(found('{"DefaultArguments": {"--db_password": "Xk9mP2vLq7E", "--job-language": "python", "--enable-metrics": "true"}}'), ['connection_secret:Xk9mP2vLq7E'], 'a JSON key of Glue\'s DefaultArguments')
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip("sshpass -p 'Hunter2xyz' ssh x\nredis-cli -a S3cr3tT0ken ping\nOur bucket is called acme-payroll-exports.\n")
  tt.notMatch(masked, /Hunter2|S3cr3t|acme-payroll/)
})
