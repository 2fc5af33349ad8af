// Known gap closed (round 26, from round 21): a queue named bare after `into` / `to` (`redrive from
// there back into fw-pricing-events`) went out while its dead-letter queue (`fw-pricing-events-dlq`)
// was masked. The name is masked when its DLQ is named nearby; English after `into` stays.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('the queue a DLQ redrives into is masked', async tt => {
  const masked = roundTripMasker(tt)
  tt.equal(await masked('the sqs que fw-pricing-events-dlq has 14k messages, redrive from there back into fw-pricing-events fails'),
    'the sqs que SQS_QUEUE_1 has 14k messages, redrive from there back into SQS_QUEUE_2 fails')
  tt.same(found('orders_events_dlq is full; redrive to orders_events please').filter(m => m.endsWith(':orders_events')), ['sqs_queue:orders_events'])
})

t.test('English after into / to stays', async tt => {
  for (const text of [
    'split into multi-account-setups and send to orders-api',
    'moved from x-orders-dlq back into orders',
    'we ran into rate-limit-errors again'
  ]) tt.same(found(text).filter(m => !m.includes('dlq')), [], text)
})
