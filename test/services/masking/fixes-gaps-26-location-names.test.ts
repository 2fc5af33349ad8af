// Known gap closed (round 26, from round 25): Amazon Location Service resource names went out, in
// the v0 API's paths (`/maps/v0/maps/<map>/style-descriptor`, `/places/v0/indexes/<index>/…`,
// `/routes/v0/calculators/<calculator>/…`) and under their fields (`MapName`, Amplify's
// `map_name`, `place_index`, `route_calculator`). The names are masked; the API's words and AWS's
// own style names stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('Location resource names in API paths are masked', async tt => {
  tt.same(found('GET https://maps.geo.eu-central-1.amazonaws.com/maps/v0/maps/corvanta-dispatch-map/style-descriptor?key=x'), ['resource_name:corvanta-dispatch-map'])
  tt.same(found('POST https://places.geo.eu-central-1.amazonaws.com/places/v0/indexes/corvanta-dispatch-places/search/text'), ['resource_name:corvanta-dispatch-places'])
  tt.same(found('POST /routes/v0/calculators/corvanta-truck-routes/calculate/route'), ['resource_name:corvanta-truck-routes'])
  tt.same(found('GET /tracking/v0/trackers/fleet-trucks/devices/t-17/positions'), ['resource_name:fleet-trucks'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('/maps/v0/maps/corvanta-dispatch-map/tiles/12/2138/1420'), '/maps/v0/maps/RESOURCE_NAME_1/tiles/12/2138/1420')
})

t.test('Location resource names under their fields are masked', async tt => {
  tt.same(found('"geo": { "map_name": "corvanta-dispatch-map", "place_index": "corvanta-dispatch-places", "route_calculator": "corvanta-truck-routes" }'),
    ['resource_name:corvanta-dispatch-map', 'resource_name:corvanta-dispatch-places', 'resource_name:corvanta-truck-routes'])
  tt.same(found('"requestParameters": {"MapName": "corvanta-dispatch-map"}'), ['resource_name:corvanta-dispatch-map'])
})

t.test("AWS's own paths and placeholders stay", async tt => {
  for (const text of [
    'https://maps.geo.us-east-1.amazonaws.com/v2/styles/Standard/descriptor',
    'GET /maps/v0/maps/{MapName}/style-descriptor',
    'see /api/v0/maps/x for the old client'
  ]) tt.same(found(text), [], text)
})
