import { compileCalendar } from './src/domain/time/calendar';
const c = compileCalendar({ timeZone: 'America/New_York', weekly: { 1: [['09:00','17:00']], 2: [['09:00','17:00']], 3: [['09:00','17:00']], 4: [['09:00','17:00']], 5: [['09:00','17:00']], 7: [['01:00','04:00']] } });
const H = 3600000;
const a = Date.parse('2025-03-07T00:00:00Z'), b = Date.parse('2025-03-11T00:00:00Z');
console.log(c.elapsed(a, b) / H); // Fri 8h + Sun 01:00-04:00 on DST day (02:00-03:00 missing) => 2h + Mon 8h = 18
console.log(new Date(c.deadline(a, 10 * H)).toISOString());
const f = Date.parse('2025-11-02T00:00:00Z'); console.log(c.elapsed(f, f + 2 * 86400000) / H); // Sun Nov 2 01:00-04:00 with overlap 01-02 twice = 4h + Mon(03) none… 
let t0 = performance.now(); const cc = compileCalendar({ timeZone: 'Asia/Shanghai', weekly: { 1: [['09:00','18:00']] } }); cc.elapsed(Date.UTC(2025,0,1), Date.UTC(2025,0,2)); console.log('compile+1y ms', performance.now()-t0);
t0 = performance.now(); const c3 = compileCalendar({ timeZone: 'Europe/Berlin', weekly: { 1: [['09:00','18:00']] } }); c3.elapsed(Date.UTC(2025,0,1), Date.UTC(2025,0,2)); console.log('compile+1y ms berlin', performance.now()-t0);
t0 = performance.now(); c3.elapsed(Date.UTC(2030,0,1), Date.UTC(2030,0,2)); console.log('2nd year ms', performance.now()-t0);
