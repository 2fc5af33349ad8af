// Round 27 (machine learning on AWS): SageMaker's own hosts end in `sagemaker.aws`, which was no
// AWS suffix, so a managed MLflow server's id (`t-<id>.<region>.experiments.sagemaker.aws`) went out
// in clear, in URLs and bare; a Q Business web experience (`<id>.chat.qbusiness.<region>.on.aws`) had
// AWS's `chat.qbusiness` masked with its id. The images AWS publishes for SageMaker and its Deep
// Learning Containers (`<account>.dkr.ecr.<region>.amazonaws.com/sagemaker-xgboost:1.7-1`) had their
// repository masked as a customer's. Regression tests, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('SageMaker hosts', async tt => {
  tt.same(found('"TrackingServerUrl": "https://t-x7k2m9q4zt1b.eu-west-1.experiments.sagemaker.aws"'), ['aws_hostname:t-x7k2m9q4zt1b'])
  tt.same(found('View run at: https://t-x7k2m9q4zt1b.eu-west-1.experiments.sagemaker.aws/#/experiments/3'), ['aws_hostname:t-x7k2m9q4zt1b'])
  tt.same(found('curl -sI t-0a9b8c7d6e5f.us-east-1.experiments.sagemaker.aws'), ['aws_hostname:t-0a9b8c7d6e5f'])
  tt.same(found('nslookup d-q4tz8xk2m7wb.studio.eu-west-2.sagemaker.aws'), ['aws_hostname:d-q4tz8xk2m7wb'])
  tt.same(found('see the docs at sagemaker.aws and the .sagemaker.aws domain'), [])
  const masked = roundTripMasker(tt)
  tt.equal(await masked('https://t-x7k2m9q4zt1b.eu-west-1.experiments.sagemaker.aws/auth'), 'https://AWS_HOSTNAME_1.eu-west-1.experiments.sagemaker.aws/auth')
})

t.test('a Q Business web experience keeps chat.qbusiness', async tt => {
  tt.same(found('"defaultEndpoint": "https://x7k2m9q4.chat.qbusiness.us-east-1.on.aws/"'), ['aws_hostname:x7k2m9q4'])
  tt.same(found('open k2m9q4zt.chat.qbusiness.eu-west-1.on.aws in a browser'), ['aws_hostname:k2m9q4zt'])
})

t.test("AWS's SageMaker and DLC images keep their repository", async tt => {
  tt.same(found('"TrainingImage": "257758044811.dkr.ecr.us-east-2.amazonaws.com/sagemaker-xgboost:1.7-1"'), ['account_id:257758044811'])
  tt.same(found('image: 763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi2.4.0-gpu-py311-cu124-ubuntu22.04'), ['account_id:763104351884'])
  tt.same(found('763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311'), ['account_id:763104351884'])
  tt.same(found('604829137755.dkr.ecr.eu-west-2.amazonaws.com/kestrel-spark-processing:3.5'), ['account_id:604829137755', 'ecr_repository:kestrel-spark-processing'])
  tt.same(found('123456789012.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost-custom:1'), ['account_id:123456789012', 'ecr_repository:sagemaker-xgboost-custom'])
})
