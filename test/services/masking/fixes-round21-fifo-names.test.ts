// Round 21: SQS FIFO queue names (`<name>.fifo`) in prose with no noun before them
// (`created fw-shipping-events.fifo and fw-returns-events.fifo`) stayed in clear. The suffix says
// what the name is. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a name ending in .fifo is a queue wherever it stands', async (tt) => {
  tt.same(found('yesterday: created fw-shipping-events.fifo and fw-returns-events.fifo'),
    ['sqs_queue:fw-shipping-events', 'sqs_queue:fw-returns-events'])
  tt.same(found('create Orders_Events.fifo redrive policy → DLQ orders-dlq.fifo'), ['sqs_queue:Orders_Events', 'sqs_queue:orders-dlq'])
  tt.same(found('(payments.fifo)'), ['sqs_queue:payments'])
})

t.test('no queue where .fifo is no queue name', async (tt) => {
  tt.same(found('the name must end with .fifo'), [])
  tt.same(found('see orders.fifo.json and x.fifoqueue'), [])
  tt.same(found('/var/run/app/orders.fifo'), [], 'a named pipe in a path')
})
