/** What a screen reader says of the bell: how many notifications are still unread. */
export function bellLabel(count: number): string {
  return count === 0 ? 'Thông báo: không có thông báo chưa đọc' : `Thông báo: ${count} thông báo chưa đọc`;
}
