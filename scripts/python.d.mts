/** The first python that imports openpyxl ('python3' on PATH, else Debian's /usr/bin/python3), or null. */
export function findOpenpyxlPython(): string | null;
