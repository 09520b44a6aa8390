import { calendarFor } from './calendarFor';
import type { PolicyProfile } from './profileSchema';
import { addWorkingDays } from './workingDays';

export interface ServiceRequestDeadline {
  respondBy: string;
  sources: string[];
}

/**
 * When a service request (Code 1.4) will be answered: the tenant is told this date, and staff see
 * it as a deadline. Working days from receipt, on the landlord's calendar.
 */
export function serviceRequestDeadline(profile: PolicyProfile, receivedAt: string | Date): ServiceRequestDeadline {
  const { respondWithinWorkingDays, source } = profile.serviceRequest;
  return { respondBy: addWorkingDays(receivedAt, respondWithinWorkingDays, calendarFor(profile)), sources: [...source] };
}
