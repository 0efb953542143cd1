/**
 * Public API of the audience metrics that are not persona logic: engagement rate against
 * published benchmarks, follower growth between visits, and the Wilson interval every share
 * in the product is shown with.
 */
export { wilsonInterval, type Interval } from './wilson';
export {
  engagementRate,
  engagementAnomalies,
  benchmarkFor,
  placeRate,
  ENGAGEMENT_FORMULA,
  type EngagementPost,
  type EngagementRate,
  type Benchmark,
  type Anomaly,
} from './engagement';
export { growth, type FollowerSnapshot, type Growth } from './growth';
