// The web page hands the xlsx adapter a file's bytes, never a path: reading from a disk is refused.
const noDisk = () =>
  Promise.reject(Object.assign(new Error('No file system in the browser'), { code: 'EIO' }));

export const promises = { stat: noDisk, readFile: noDisk };
