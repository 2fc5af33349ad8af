// Round 19: Packer's `winrm_username = "Administrator"` (and `ssh_username = "ec2-user"`) were
// masked as IAM users: the `username` suffix named them. They are logins on the machine.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('operating-system logins are no IAM users', async (tt) => {
  tt.same(found('  communicator   = "winrm"\n  winrm_username = "Administrator"\n  ssh_username = "ec2-user"\n'), [])
  tt.same(found('{"ssh_bastion_username": "jump-admin", "rdp_username": "ops-admin"}'), [])
  tt.same(found('{"UserName": "deploy-bot"}'), ['iam_user:deploy-bot'], 'an IAM UserName stays masked')
  tt.same(found('  username = "ci-deployer"\n'), ['iam_user:ci-deployer'])
})
