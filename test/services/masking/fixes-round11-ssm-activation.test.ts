// Registering a machine with an SSM hybrid activation passes the activation code as a
// single-dash flag (`amazon-ssm-agent -register -code "x" -id "y" -region r`, the Windows
// agent and `ssm-setup-cli -activation-code x` alike): the code went out in clear, though it is a
// secret under `ActivationCode`. The activation id is kept, as it is under `ActivationId`
// (fixes-gaps-secret-fields): alone it registers nothing.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const ID = '5a1b2c3d-1234-4abc-9def-0123456789ab'

t.test('the activation code of the agent\'s register command', async tt => {
  tt.same(found(`sudo amazon-ssm-agent -register -code "Xq7LmP2kZ9vRb4TnW1cY" -id "${ID}" -region us-east-1`), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'])
  tt.same(found(`sudo /snap/amazon-ssm-agent/current/amazon-ssm-agent -register -code Xq7LmP2kZ9vRb4TnW1cY -id ${ID} -region us-east-1`), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'])
  tt.same(found(`& "C:\\Program Files\\Amazon\\SSM\\amazon-ssm-agent.exe" -register -code "Xq7LmP2kZ9vRb4TnW1cY" -id "${ID}" -region "us-east-1"`), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'])
  tt.same(found(`sudo ./ssm-setup-cli -register -activation-code "Xq7LmP2kZ9vRb4TnW1cY" -activation-id "${ID}" -region "us-east-1"`), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'])
  tt.same(found('sudo amazon-ssm-agent -register \\\n  -code "Xq7LmP2kZ9vRb4TnW1cY" -id x -region us-east-1'), ['api_key:Xq7LmP2kZ9vRb4TnW1cY'], 'a continued line')
})

t.test('kept: placeholders, variables, other commands', async tt => {
  tt.same(found('sudo amazon-ssm-agent -register -code "activation-code" -id "activation-id" -region "region"'), [], 'the docs\' placeholders')
  tt.same(found('& $agent -register -code $code -id $id -region $region # amazon-ssm-agent.exe'), [], 'variables')
  tt.same(found('gh auth login -code Xq7LmP2kZ9vRb4TnW1cY'), [], 'another tool\'s -code')
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip(`sudo amazon-ssm-agent -register -code "Xq7LmP2kZ9vRb4TnW1cY" -id "${ID}" -region us-east-1\n`)
  tt.notMatch(masked, /Xq7LmP2kZ9vRb4TnW1cY/)
})
