// An EventBridge archive or replay named in prose without its service (red team round 17:
// `replay from archive kestrel-orders-bus-archive`, `replay \`orders-2026-12-01-outage\` from
// archive \`...\``) went out in clear: `archive` alone is an everyday word. `replay ... from
// archive` and `EventBridge archive` say what it is; `the archive x`, `we archive x` stay.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('an archive or replay of EventBridge is masked', async tt => {
  tt.same(found('replay from archive orders-archive-2026 started'), ['resource_name:orders-archive-2026'])
  tt.same(found('| 16:40 | Mitigation | replay `orders-2026-12-01-outage` from archive `kestrel-orders-bus-archive` |'),
    ['resource_name:orders-2026-12-01-outage', 'resource_name:kestrel-orders-bus-archive'])
  tt.same(found('EventBridge archive kestrel-orders-bus-archive keeps 30 days; Replay from the archive x-2024'),
    ['resource_name:kestrel-orders-bus-archive', 'resource_name:x-2024'])
})

t.test('archive and replay as everyday words stay', async tt => {
  for (const text of ['the archive old-logs-2024 stays', 'we archive logs-2024 weekly', 'an archive replay-test-1 too',
    'the replay button', 'replay attack-2024 mitigations', 'restore from archive backup-2024.tar']) tt.same(found(text), [], text)
})
