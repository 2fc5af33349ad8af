// Round 31 (media and games): GameLift names its builds, aliases, Realtime scripts and player
// sessions by a prefix and a UUID (`build-<uuid>`, `alias-<uuid>`, `psess-<uuid>`); only
// `fleet-<uuid>` was read, so the others went upstream in prose, logs and CLI output. A game
// session's ARN has no account field (`arn:aws:gamelift:<region>::gamesession/<fleet>/<id>`) and
// was kept as one of AWS's own, with the customer's session id in it.
// Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('GameLift prefixed UUIDs are masked', async tt => {
  tt.same(found('AcceptPlayerSession(psess-8e4b1d2c-7f3a-4c69-b0e5-2a9d61f07c34) -> OK'), ['resource_name:psess-8e4b1d2c-7f3a-4c69-b0e5-2a9d61f07c34'])
  tt.same(found('Build build-e3f91b07-5c2d-4a68-9d14-7b0a6c38f2e5 is fine'), ['resource_name:build-e3f91b07-5c2d-4a68-9d14-7b0a6c38f2e5'])
  tt.same(found('a fleet alias alias-3b8e0f72-a91d-4c65-8e27-d0f4c1b9a356 in the queue'), ['resource_name:alias-3b8e0f72-a91d-4c65-8e27-d0f4c1b9a356'])
  tt.same(found('"ScriptId": "script-0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"'), ['resource_name:script-0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'])
})

t.test('words with those prefixes stay', async tt => {
  for (const text of ['build-2024-11-30 and alias-prod', 'script-runner failed', 'the build-id flag', 'psess-1 is a test label']) {
    tt.same(found(text), [], text)
  }
})

t.test("a game session ARN's custom id is masked though the ARN has no account", async tt => {
  const arn = 'arn:aws:gamelift:us-west-2::gamesession/fleet-2f6b8c41-93ad-4e0b-b7c2-5d1e9a30f4c8/ranked-eu-lobby-8841'
  const masked = await maskedWithRoundTrip(`GameSessionId=${arn} not found`)
  tt.notOk(masked.includes('ranked-eu-lobby-8841'))
  tt.notOk(masked.includes('fleet-2f6b8c41'))
  tt.match(masked, /arn:aws:gamelift:us-west-2::gamesession\//)
  // an AWS-owned ARN of another service stays
  tt.same(found('arn:aws:iam::aws:policy/GameLiftGameServerGroupPolicy'), [])
})
