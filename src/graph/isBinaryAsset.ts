/**
 * Files no request is about by their words: images, fonts, audio and video, archives and compiled code.
 * Their names are a designer's (`arrow-down.png`, `icon@2x.png`), and a folder of 62 of them made Scala's
 * scaladoc/html the answer to "redirect output with the single-arrow operator". They stay on the module's
 * file list and card; the path field and the file level leave them out. So do release signatures and checksums
 * (jq's sig/ holds 220 `jq-linux-arm64.asc`-like files, which answered requests naming a platform for the root).
 */
const BINARY_ASSET = /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|tiff?|psd|xcf|ai|eps|heic|ttf|otf|woff2?|eot|mp3|wav|ogg|oga|flac|aac|m4a|mp4|m4v|mov|avi|webm|mkv|zip|gz|tgz|bz2|xz|7z|rar|jar|war|aar|so|dylib|dll|exe|a|o|obj|lib|class|pyc|wasm|bin|pdf|sqlite|db|asc|gpg|pgp|minisig|sha1|sha256|sha512|md5)$/iu;

export const isBinaryAsset = (path: string): boolean => BINARY_ASSET.test(path);
