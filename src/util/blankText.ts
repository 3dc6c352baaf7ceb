/** The text with every character but its newlines turned to a space: offsets and line numbers stay where they were. */
export const blankText = (text: string): string => text.replace(/[^\n]/gu, ' ');
