/**
 * Largest rates file the Exchange rates page accepts. The World Bank's whole
 * PA.NUS.FCRF download is about 0.25 MB and a plain file of 100,000 rates
 * about 6 MB; a bigger one goes through `npm run rates:import`.
 */
export const MAX_RATES_UPLOAD_BYTES = 20 * 1024 * 1024;

export const RATES_TOO_LARGE = `The file is over ${MAX_RATES_UPLOAD_BYTES / 1024 / 1024} MB, more than any rates file needs; nothing was imported. Import it with \`npm run rates:import -- file.csv\`.`;
