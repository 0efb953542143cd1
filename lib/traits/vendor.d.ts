// gender-detection-from-name ships its per-locale tables as CommonJS Maps without types.
declare module 'gender-detection-from-name/names/*.js' {
  const names: Map<string, 'male' | 'female'>;
  export default names;
}
