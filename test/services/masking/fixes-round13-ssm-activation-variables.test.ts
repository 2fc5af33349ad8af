// Round 13: an SSM hybrid activation's code held in a variable and handed to the agent later
// (PowerShell `$code = "x"` ... `amazon-ssm-agent.exe -register -code $code -id $id`, AWS's
// Windows script `AmazonSSMAgentSetup.exe ... "CODE=$code"`, a shell's `code='x'; ... -code "$code"`)
// went out in clear. The activation id stays, as under `ActivationId`. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

const CODE = 'Xq7LmP2kZ9vRb4TnW1cY'
const ID = '5a1b2c3d-1234-4abc-9def-0123456789ab'

t.test('the code in a variable for the agent', async tt => {
  const TEXTS = [
    `$code = "${CODE}"\n$id = "${ID}"\n$region = "us-east-1"\n& "C:\\Program Files\\Amazon\\SSM\\amazon-ssm-agent.exe" -register -code $code -id $id -region $region`,
    `$code = "${CODE}"\n$dir = $env:TEMP + "\\ssm"\nStart-Process .\\AmazonSSMAgentSetup.exe -ArgumentList @("/q", "/log", "install.log", "CODE=$code", "ID=$id", "REGION=$region") -Wait`,
    `$activationCode = '${CODE}'\n.\\amazon-ssm-agent.exe -register -code $activationCode -id $id -region eu-west-1`,
    `code='${CODE}'; sudo amazon-ssm-agent -register -code "$code" -id "${ID}" -region us-east-1`,
    `code=${CODE}\nsudo amazon-ssm-agent -register -code $code -id ${ID} -region us-east-1`
  ]
  for (const text of TEXTS) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(CODE), masked)
    if (text.includes(ID)) tt.ok(masked.includes(ID), 'the activation id stays')
  }
})

t.test('kept: placeholders, no agent', async tt => {
  tt.same(found('$code = "activation-code"\n$id = "activation-id"\n.\\amazon-ssm-agent.exe -register -code $code -id $id -region us-east-1'), [], 'the docs\' placeholders')
  tt.same(found(`$code = "${CODE}"\nWrite-Host $code`), [], 'no agent in sight: some other code')
  tt.same(found(`code=${CODE}`), [], 'a shell variable alone')
})
