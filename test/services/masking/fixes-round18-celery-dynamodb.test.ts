// Round 18: Celery's DynamoDB result backend URL (`dynamodb://[key:secret@]region[:port]/table`)
// names the table in its path; it stayed in clear. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('the table of a dynamodb:// result backend is masked', async (tt) => {
  tt.same(found('CELERY_RESULT_BACKEND = "dynamodb://@eu-west-1/acme-celery-results?read=5&write=5"'), ['dynamodb_table:acme-celery-results'])
  tt.same(found('result_backend = "dynamodb://@localhost:8000/celery_results"'), ['dynamodb_table:celery_results'])
  tt.same(found('dynamodb://eu-west-1'), [], 'no path, no table')
})
