/** Staff sign-in form. */
import { useState } from 'preact/hooks';
import { useStaff } from '../model/staff';

/** Signs a staff member in; `title` names the screen. */
export function Login(props: { title: string }) {
  const { login, loginError } = useStaff().session;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <main class="login">
      <h1>{props.title}</h1>
      <form onSubmit={(e) => { e.preventDefault(); void login(username.trim(), password); }}>
        <label>Tên đăng nhập <input name="username" autoComplete="username" value={username} onInput={(e) => setUsername((e.target as HTMLInputElement).value)} required /></label>
        <label>Mật khẩu <input name="password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} required /></label>
        <button type="submit" class="primary">Đăng nhập</button>
        {loginError.value && <p class="alert bad" role="alert">{loginError.value}</p>}
      </form>
    </main>
  );
}
