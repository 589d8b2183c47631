// The part of petrovich (MIT, build-time only) the register builder uses.
declare module 'petrovich' {
  type Gender = 'male' | 'female' | 'androgynous';
  interface Person {
    gender?: Gender;
    first?: string;
    middle?: string;
    last?: string;
  }
  function petrovich(person: Person, gcase: string): Person & { gender: Gender };
  namespace petrovich {
    function detect_gender(middle: string): Gender;
  }
  export default petrovich;
}
