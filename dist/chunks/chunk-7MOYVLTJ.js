
// src/shift/holidays.ts
var HOLIDAY_CALENDARS = ["jp"];
function holidayCalendar(raw) {
  const name = raw.trim().toLowerCase();
  return HOLIDAY_CALENDARS.includes(name) ? name : void 0;
}
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
async function businessDay(isoDate, calendars = []) {
  const [y, m, d] = isoDate.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) {
    return { business: false, reason: `${isoDate} is a ${WEEKDAYS[weekday]}` };
  }
  if (calendars.includes("jp")) {
    const { default: holidayJp } = await import("./holiday_jp-WHTBEXL4.js");
    const holidays = holidayJp.holidays;
    const holiday = holidays[isoDate];
    if (holiday) {
      return {
        business: false,
        reason: `${isoDate} is a Japanese public holiday (${holiday.name} / ${holiday.name_en})`
      };
    }
  }
  return { business: true };
}

export {
  HOLIDAY_CALENDARS,
  holidayCalendar,
  businessDay
};
