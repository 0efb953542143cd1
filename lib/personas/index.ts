/** Public API of the persona modules: what the background and the popup call. */
export type * from './types';
export { buildPersonas, MIN_MEMBERS_PER_PERSONA, MIN_POSTS, MAX_PAIN_POINT_COMMENTS } from './build-personas';
export { chooseK, type ChooseKOptions, type ChooseKResult, type KCandidate } from './choose-k';
export { nmf, prepare, matrix, fromRows, frobenius, reconstructionError, type Matrix, type PreparedMatrix, type NmfOptions, type NmfResult } from './nmf';
export { fitScore, fitFromSegments, type FitOptions } from './fit';
export { TargetPersonaSchema, PRESET_TARGET_PERSONAS, REGION_GROUPS, expandRegions, type ParsedTargetPersona } from './targets';
export { personaName, candidateNames } from './names';
export { isQuotable, isToxic, painPoints, classifyComment } from './text';
export { mulberry32, type Rng } from './random';
